using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Pages.Comparison;

/// <summary>
/// One network KPI across the processes the reader may open (the query leaves out every other one): a chart of up to
/// <see cref="ComparisonSelection.MaxCharted"/> series (the reader picks which), the same data as a table, and a row per
/// series with its latest value, target and trend. 404 for a code the catalogue does not have.
/// </summary>
public sealed class ComparisonModel(ISender sender, IStringLocalizer<ProcessResource> processTexts, CurrentMember member) : PageModel
{
    [FromQuery(Name = ComparisonSelection.ProcessKey)]
    public Guid[] Picked { get; set; } = [];

    public NetworkKpiDefinition Definition { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    public KpiChart Chart { get; private set; } = null!;

    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public int ProcessCount => Rows.Select(row => row.ProcessId).Distinct().Count();

    /// <summary>Whether each row's series is in the chart, by the rows' index.</summary>
    public IReadOnlyList<bool> InChart { get; private set; } = [];

    /// <summary>The chart leaves some series out: the page says so and offers the choice.</summary>
    public bool IsSelection => InChart.Contains(false);

    /// <summary>The reader picked more series than the chart draws.</summary>
    public bool TooManyPicked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new ListNetworkKpis(), cancellationToken);
        if (catalogue.FirstOrDefault(definition => string.Equals(definition.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } definition
            || await sender.Send(new CompareNetworkKpi(definition.Id), cancellationToken) is not { } comparison)
        {
            return NotFound();
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        Definition = definition;
        Name = definition.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var named = ComparisonRows.Named(comparison, municipalities);
        var charted = ComparisonSelection.Charted(named, Picked, member.ActingMunicipalityId);
        var texts = KpiChartTexts.From(processTexts);
        Chart = KpiChart.Build(ComparisonRows.ChartInput(definition, Name, [.. charted.Select(index => named[index])]), texts, CultureInfo.CurrentCulture, "vertailu");
        Rows = ComparisonRows.Of(definition, named, ComparisonRows.Trends(definition, Name, named, texts, CultureInfo.CurrentCulture));
        InChart = [.. Enumerable.Range(0, named.Count).Select(charted.Contains)];
        TooManyPicked = named.Count(item => Picked.Contains(item.Series.ProcessId)) > charted.Count;
        return Page();
    }
}
