using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

namespace PracticeNetwork.UnitTests;

/// <summary>The comparison's chart input: the catalogue's unit and direction, a named series per process KPI, a target line only when all agree.</summary>
public sealed class KpiComparisonChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly NetworkKpiDefinition Definition = NetworkKpiCatalogue.SalesInvoiceProcessingTime;

    [Fact]
    public void Every_series_is_named_and_drawn_with_the_catalogues_unit_on_one_scale()
    {
        var input = KpiChartInput.ForComparison(Definition, "Myyntilaskun käsittelyaika",
        [
            ("Espoo", 5m, [KpiChartTests.Month(2024, 1, 14), KpiChartTests.Month(2024, 2, 12)]),
            ("Loppi", 5m, [KpiChartTests.Month(2024, 2, 9)]),
        ]);

        var svg = XElement.Parse(KpiChartTests.Build(input).Markup);

        Assert.Equal(("pv", KpiDirection.LowerIsBetter, KpiFrequency.Monthly), (input.Unit, input.Direction, input.Frequency));
        Assert.Equal(["Espoo", "Loppi"], svg.Descendants(Svg + "g").Select(group => (string?)group.Attribute("data-series")).OfType<string>());
        Assert.Contains(svg.Descendants(Svg + "title"), title => title.Value == "Loppi, 2/2024: 9 pv");
        Assert.Equal(5m, input.Target);
        Assert.Null(input.Baseline);
    }

    [Fact]
    public void The_target_line_is_drawn_only_when_every_series_has_the_same_target()
    {
        var differing = KpiChartInput.ForComparison(Definition, "Myyntilaskun käsittelyaika",
        [
            ("Espoo", 5m, [KpiChartTests.Month(2024, 1, 14)]),
            ("Loppi", 7m, [KpiChartTests.Month(2024, 1, 9)]),
            ("Kerava", null, [KpiChartTests.Month(2024, 1, 8)]),
        ]);

        var svg = XElement.Parse(KpiChartTests.Build(differing).Markup);

        Assert.Null(differing.Target);
        Assert.DoesNotContain(svg.Descendants(Svg + "g"), group => (string?)group.Attribute("class") == "kpi-chart__target");
    }
}
