using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The KPI chart is one SVG picture, a trend told in words and a table of the same data: always well formed,
/// holding every measurement with its period and value, the target and baseline named in words, gaps visible,
/// series told apart without colour, numbers written the reader's way.
/// </summary>
public sealed class KpiChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_measurement_is_a_point_with_its_period_and_value_in_words()
    {
        var points = new[] { Month(2024, 1, 15), Month(2024, 2, 14), Month(2024, 3, 12.5m), Month(2024, 4, 13.25m) };

        var svg = Parse(Build(Input(points)));

        Assert.Equal(
            ["1/2024: 15 pv", "2/2024: 14 pv", "3/2024: 12,5 pv", "4/2024: 13,25 pv"],
            Points(svg).Select(point => point.Element(Svg + "title")!.Value));
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], Points(svg).Select(point => (string?)point.Attribute("data-period")));
    }

    [Fact]
    public void Later_periods_are_further_right_and_better_values_of_a_time_kpi_lower()
    {
        var points = new[] { Month(2024, 3, 12.5m), Month(2024, 1, 15), Month(2024, 2, 14) };

        var svg = Parse(Build(Input(points)));

        var centres = Points(svg).Select(Centre).ToList();
        Assert.True(centres[0].X < centres[1].X && centres[1].X < centres[2].X, "The points are not left to right in period order.");
        Assert.True(centres[0].Y < centres[1].Y && centres[1].Y < centres[2].Y, "A smaller value is not drawn lower.");
        Assert.All(centres, centre => Assert.InRange(centre.X, 0, KpiChart.Width));
    }

    [Fact]
    public void The_picture_is_an_image_named_by_the_kpi_and_described_with_its_trend()
    {
        var chart = Build(Input([Month(2024, 1, 15), Month(2024, 2, 14), Month(2024, 3, 12.5m)], target: 10));

        var svg = Parse(chart);

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal([(string)svg.Element(Svg + "title")!.Attribute("id")!, (string)svg.Element(Svg + "desc")!.Attribute("id")!], labelledBy);
        Assert.Equal("Myyntilaskujen käsittelyaika jaksoittain", svg.Element(Svg + "title")!.Value);
        Assert.Equal(
            "3 mittausta jaksoilta 1/2024–3/2024. Samat tiedot ovat taulukkona kuvan vieressä. " + chart.TrendText,
            svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void The_target_is_a_dashed_line_and_the_baseline_a_dotted_one_each_named_in_words()
    {
        var svg = Parse(Build(Input([Month(2024, 1, 14), Month(2024, 2, 12.5m)], target: 10, baseline: 15)));

        var target = Group(svg, "kpi-chart__target");
        var baseline = Group(svg, "kpi-chart__baseline");
        Assert.Equal("Tavoite 10 pv", target.Element(Svg + "title")!.Value);
        Assert.Equal("Lähtötaso 15 pv", baseline.Element(Svg + "title")!.Value);
        Assert.Equal("6 4", (string?)target.Element(Svg + "line")!.Attribute("stroke-dasharray"));
        Assert.Equal("1 3", (string?)baseline.Element(Svg + "line")!.Attribute("stroke-dasharray"));
        Assert.Equal("Tavoite 10 pv", Label(svg, "kpi-chart__target-label"));
        Assert.Equal("Lähtötaso 15 pv", Label(svg, "kpi-chart__baseline-label"));

        var pointYs = Points(svg).Select(point => Centre(point).Y).ToList();
        Assert.True(LineY(target) > pointYs.Max(), "The target 10 pv is not drawn below the values 12,5 and 14.");
        Assert.True(LineY(baseline) < pointYs.Min(), "The baseline 15 pv is not drawn above the values 12,5 and 14.");
    }

    [Fact]
    public void Without_a_target_or_baseline_there_are_no_such_lines()
    {
        var svg = Parse(Build(Input([Month(2024, 1, 14), Month(2024, 2, 12.5m)])));

        Assert.DoesNotContain(svg.Descendants(Svg + "g"), group => (string?)group.Attribute("class") is "kpi-chart__target" or "kpi-chart__baseline");
        Assert.DoesNotContain("Tavoite", svg.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_a_measurement_breaks_the_line()
    {
        // April and July are missing: the line runs January–March and May–June; August stands alone.
        var points = new[] { 1, 2, 3, 5, 6, 8 }.Select(month => Month(2024, month, 10 + month)).ToList();

        var svg = Parse(Build(Input(points)));

        var lines = Series(svg).Single().Elements(Svg + "polyline").ToList();
        Assert.Equal([3, 2], lines.Select(line => ((string)line.Attribute("points")!).Split(' ').Length));
        Assert.Equal(6, Points(svg).Count());
    }

    [Fact]
    public void The_latest_value_is_labelled()
    {
        var svg = Parse(Build(Input([Month(2024, 1, 14), Month(2024, 2, 12.5m)])));

        Assert.Equal("12,5 pv", Label(svg, "kpi-chart__latest"));
    }

    [Fact]
    public void Labels_in_the_right_margin_never_cover_each_other()
    {
        var svg = Parse(Build(Input([Month(2024, 1, 11), Month(2024, 2, 10.2m)], target: 10, baseline: 10.1m)));

        var ys = svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("class") == "kpi-chart__labels")
            .Elements(Svg + "text").Select(text => double.Parse((string)text.Attribute("y")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(3, ys.Count);
        Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 14, $"Labels at {pair.First} and {pair.Second} overlap."));
    }

    [Fact]
    public void The_value_axis_has_round_ticks_written_with_a_decimal_comma()
    {
        var svg = Parse(Build(Input([Month(2024, 1, 0.5m), Month(2024, 2, 1.2m), Month(2024, 3, 2)], unit: "h")));

        var ticks = Group(svg, "kpi-chart__values").Elements(Svg + "text").Select(text => text.Value).ToList();
        Assert.Equal(["0,0", "0,5", "1,0", "1,5", "2,0"], ticks);
        Assert.Contains(Group(svg, "kpi-chart__periods").Elements(Svg + "text"), text => text.Value == "h");
    }

    [Fact]
    public void A_short_series_labels_every_period_and_a_long_one_a_steady_few_with_the_first_and_last()
    {
        var six = Parse(Build(Input(Enumerable.Range(1, 6).Select(month => Month(2024, month, month)))));
        var months = Enumerable.Range(0, 24).Select(index => new KpiPoint(KpiPeriod.Month(2023 + (index / 12), (index % 12) + 1), 10 + (index % 5)));
        var twoYears = Parse(Build(Input(months)));

        Assert.Equal(["1/2024", "2/2024", "3/2024", "4/2024", "5/2024", "6/2024"], PeriodLabels(six));
        var labels = PeriodLabels(twoYears);
        Assert.Equal("1/2023", labels[0]);
        Assert.Equal("12/2024", labels[^1]);
        Assert.InRange(labels.Count, 4, 12);
        var inner = labels.SkipLast(1).Select(label => KpiPeriod.Parse(label, KpiFrequency.Monthly)).ToList();
        var steps = inner.Zip(inner.Skip(1)).Select(pair => pair.First.PeriodsUntil(pair.Second)).Distinct().ToList();
        Assert.True(steps is [> 1], $"The labels are not every n-th month: steps {string.Join(", ", steps)}.");
    }

    [Fact]
    public void Quarters_are_written_as_readers_write_them()
    {
        var input = Input([new KpiPoint(KpiPeriod.Quarter(2024, 1), 3), new KpiPoint(KpiPeriod.Quarter(2024, 2), 4)]) with { Frequency = KpiFrequency.Quarterly };

        var chart = Build(input);

        Assert.Equal(["Q1/2024", "Q2/2024"], PeriodLabels(Parse(chart)));
        Assert.StartsWith("Viimeisin arvo 4 pv (Q2/2024)", chart.TrendText, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_of_several_municipalities_differ_by_marker_and_dash_and_are_named_in_a_legend()
    {
        var chart = Build(Comparison(
            new KpiSeries("Espoo", [Month(2024, 1, 14), Month(2024, 2, 12.5m)]),
            new KpiSeries("Vantaa", [Month(2024, 1, 16), Month(2024, 2, 15)]),
            new KpiSeries("Kerava", [Month(2024, 1, 11)]),
            new KpiSeries("Loppi", [])));

        var svg = Parse(chart);

        var series = Series(svg).ToList();
        Assert.Equal(["Espoo", "Vantaa", "Kerava", "Loppi"], series.Select(group => (string?)group.Attribute("data-series")));
        var looks = series.Take(3).Select(group => (Marker: MarkerLook(group), Dash: (string?)group.Element(Svg + "polyline")?.Attribute("stroke-dasharray"))).ToList();
        Assert.Equal(3, looks.Select(look => look.Marker).Distinct().Count());
        Assert.NotEqual(looks[0].Dash, looks[1].Dash);
        var legend = Group(svg, "kpi-chart__legend").Value;
        Assert.Contains("Kunnat:", legend, StringComparison.Ordinal);
        Assert.All(["Espoo", "Vantaa", "Kerava", "Loppi (ei mittauksia)"], name => Assert.Contains(name, legend, StringComparison.Ordinal));
        Assert.Contains(Points(svg), point => point.Element(Svg + "title")!.Value == "Espoo, 2/2024: 12,5 pv");
        Assert.Contains(Points(svg), point => point.Element(Svg + "title")!.Value == "Kerava, 1/2024: 11 pv");
        Assert.StartsWith("4 kunnan 5 mittausta jaksoilta 1/2024–2/2024.", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_municipality_has_its_own_trend_sentence()
    {
        var chart = Build(Comparison(
            new KpiSeries("Espoo", [Month(2024, 1, 14), Month(2024, 2, 12.5m)]),
            new KpiSeries("Loppi", [])));

        Assert.Equal(
            [
                "Espoo: Viimeisin arvo 12,5 pv (2/2024) on 1,5 pv parempi kuin edellinen (1/2024).",
                "Loppi: Mittarille ei ole vielä kirjattu arvoja.",
            ],
            chart.Trends.Select(trend => trend.Sentence));
    }

    [Fact]
    public void The_comparison_table_has_a_column_per_municipality_and_a_row_per_measured_period()
    {
        var table = Build(Comparison(
            new KpiSeries("Espoo", [Month(2024, 1, 14), Month(2024, 3, 12.5m)]),
            new KpiSeries("Vantaa", [Month(2024, 2, 16)]))).Table;

        Assert.True(table.IsComparison);
        Assert.Equal(["Espoo", "Vantaa"], table.Series);
        Assert.Equal(["1/2024", "2/2024", "3/2024"], table.Rows.Select(row => row.PeriodText));
        Assert.Equal(["14", null], table.Rows[0].Cells.Select(cell => cell?.ValueText));
        Assert.Equal([null, "16"], table.Rows[1].Cells.Select(cell => cell?.ValueText));
    }

    [Fact]
    public void The_table_of_a_kpi_gives_each_change_signed_and_judged_in_words()
    {
        var minus = CultureInfo.GetCultureInfo("fi").NumberFormat.NegativeSign;

        var table = Build(Input([Month(2024, 1, 15), Month(2024, 2, 14), Month(2024, 3, 14), Month(2024, 4, 14.5m)])).Table;

        Assert.False(table.IsComparison);
        Assert.Equal(["15", "14", "14", "14,5"], table.Rows.Select(row => row.Cells[0]!.ValueText));
        Assert.Equal(
            ["ensimmäinen mittaus", $"{minus}1 (parempi)", "ennallaan", "+0,5 (heikompi)"],
            table.Rows.Select(row => row.Cells[0]!.ChangeText));
    }

    [Fact]
    public void What_people_wrote_is_escaped_into_the_markup()
    {
        var input = Comparison(new KpiSeries("<b>Espoo</b>", [Month(2024, 1, 1)])) with { Name = "<script>alert('x')</script>", Unit = "<i>&" };

        var chart = Build(input);

        var svg = Parse(chart);
        Assert.DoesNotContain("<script", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName is "script" or "b" or "i");
        Assert.Equal("<script>alert('x')</script> jaksoittain", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Without_measurements_the_picture_and_the_sentence_say_so()
    {
        var chart = Build(Input([]));

        var svg = Parse(chart);

        Assert.True(chart.IsEmpty);
        Assert.Empty(Points(svg));
        Assert.Contains("Mittarille ei ole vielä kirjattu arvoja.", svg.Value, StringComparison.Ordinal);
        Assert.Equal("Mittarille ei ole vielä kirjattu arvoja.", chart.TrendText);
        Assert.Empty(chart.Table.Rows);
    }

    [Fact]
    public void A_period_of_another_frequency_or_two_values_for_one_period_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Build(Input([new KpiPoint(KpiPeriod.Quarter(2024, 1), 1)])));
        Assert.Throws<ArgumentException>(() => Build(Input([Month(2024, 1, 1), Month(2024, 1, 2)])));
    }

    [Fact]
    public void The_value_axis_steps_are_round_and_cover_the_values()
    {
        Assert.Equal([10m, 11m, 12m, 13m, 14m, 15m], KpiAxis.Values(10.5m, 14.25m).Ticks);
        Assert.Equal([12m, 12.25m, 12.5m, 12.75m, 13m], KpiAxis.Values(12, 13).Ticks);
        Assert.Equal(2, KpiAxis.Values(12, 13).Decimals);
        Assert.Equal([0m, 2000m, 4000m, 6000m], KpiAxis.Values(1200, 4800).Ticks);
        Assert.Equal([-1m, -0.5m, 0m, 0.5m, 1m], KpiAxis.Values(0, 0).Ticks);
        foreach (var (min, max) in new[] { (0.001m, 0.004m), (-35m, 12m), (97.5m, 99.9m), (1m, 1_000_000m), (42m, 42m) })
        {
            var axis = KpiAxis.Values(min, max);
            var steps = axis.Ticks.Zip(axis.Ticks.Skip(1)).Select(pair => pair.Second - pair.First).Distinct().ToList();
            Assert.True(axis.Min <= min && axis.Max >= max, $"{min}–{max} is not inside {axis.Min}–{axis.Max}.");
            Assert.InRange(axis.Ticks.Count, 4, 9);
            Assert.Single(steps);
        }
    }

    [Fact]
    public void Every_third_month_is_labelled_when_labels_need_three_periods_each()
    {
        var labelled = KpiAxis.LabelledPeriods(KpiPeriod.Month(2023, 1), 24, spacing: 3);

        Assert.Equal([0, 3, 6, 9, 12, 15, 18, 23], labelled);
        Assert.Equal([0], KpiAxis.LabelledPeriods(KpiPeriod.Month(2023, 1), 1, spacing: 3));
    }

    internal static KpiChart Build(KpiChartInput input, string language = "fi")
    {
        var texts = new ProcessTexts(language);
        var chart = KpiChart.Build(input, KpiChartTexts.From(texts), texts.Culture);
        Assert.Empty(texts.Missing);
        return chart;
    }

    internal static KpiChartInput Input(IEnumerable<KpiPoint> points, decimal? target = null, decimal? baseline = null,
        KpiDirection direction = KpiDirection.LowerIsBetter, string unit = "pv") =>
        new("Myyntilaskujen käsittelyaika", unit, direction, KpiFrequency.Monthly, baseline, target, [new KpiSeries(null, [.. points])]);

    internal static KpiPoint Month(int year, int month, decimal value) => new(KpiPeriod.Month(year, month), value);

    private static KpiChartInput Comparison(params KpiSeries[] series) =>
        new("Myyntilaskujen käsittelyaika", "pv", KpiDirection.LowerIsBetter, KpiFrequency.Monthly, null, null, series);

    private static XElement Parse(KpiChart chart)
    {
        var svg = XDocument.Parse(chart.Markup).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static IEnumerable<XElement> Series(XElement svg) =>
        svg.Descendants(Svg + "g").Where(group => ((string?)group.Attribute("class"))?.Split(' ').Contains("kpi-chart__series") == true);

    private static IEnumerable<XElement> Points(XElement svg) =>
        svg.Descendants(Svg + "g").Where(group => (string?)group.Attribute("class") == "kpi-chart__point");

    private static XElement Group(XElement svg, string className) =>
        svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("class") == className);

    private static string Label(XElement svg, string className) =>
        svg.Descendants(Svg + "text").Single(text => (string?)text.Attribute("class") == className).Value;

    private static List<string> PeriodLabels(XElement svg) => [.. Group(svg, "kpi-chart__periods").Elements(Svg + "text").Select(text => text.Value).Where(text => text.Contains('/', StringComparison.Ordinal))];

    private static double LineY(XElement group) => double.Parse((string)group.Element(Svg + "line")!.Attribute("y1")!, CultureInfo.InvariantCulture);

    /// <summary>The marker's shape and fill, which tell the series apart without colour.</summary>
    private static string MarkerLook(XElement series)
    {
        var marker = series.Descendants().First(element => (string?)element.Attribute("class") == "kpi-chart__marker");
        return $"{marker.Name.LocalName} {(string?)marker.Attribute("fill")}";
    }

    /// <summary>The centre of a point's marker (a circle for the first series).</summary>
    private static (double X, double Y) Centre(XElement point)
    {
        var circle = point.Element(Svg + "circle")!;
        return (double.Parse((string)circle.Attribute("cx")!, CultureInfo.InvariantCulture), double.Parse((string)circle.Attribute("cy")!, CultureInfo.InvariantCulture));
    }
}
