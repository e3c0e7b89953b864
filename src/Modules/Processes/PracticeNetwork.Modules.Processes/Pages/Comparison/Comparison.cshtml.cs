using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Pages.Comparison;

/// <summary>
/// One network KPI across the processes the reader may open (the query leaves out every other one): a chart with a
/// series per process KPI, the same data as a table, and a row per series with its latest value, target and trend.
/// 404 for a code the catalogue does not have.
/// </summary>
public sealed class ComparisonModel(ISender sender, IStringLocalizer<ProcessResource> processTexts) : PageModel
{
    public NetworkKpiDefinition Definition { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    public KpiChart Chart { get; private set; } = null!;

    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public int ProcessCount => Rows.Select(row => row.ProcessId).Distinct().Count();

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
        Chart = KpiChart.Build(ComparisonRows.ChartInput(definition, Name, named), KpiChartTexts.From(processTexts), CultureInfo.CurrentCulture, "vertailu");
        Rows = ComparisonRows.Of(definition, named, Chart.IsEmpty ? [.. named.Select(_ => Chart.Trends[0])] : Chart.Trends);
        return Page();
    }
}
