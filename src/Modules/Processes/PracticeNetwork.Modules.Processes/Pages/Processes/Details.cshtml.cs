using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>
/// One process description, if the reader may open it (404 otherwise): its facts, the swimlane diagram of its steps with
/// the list it mirrors, a chart per KPI with its trend in words and its data table, the related practices and projects
/// the reader may open, and the actions its <see cref="ProcessPermissions"/> allow.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<ProcessResource> texts) : PageModel
{
    public ProcessDetails Process { get; private set; } = null!;

    public MunicipalityLookup Directory { get; private set; } = null!;

    public SwimlaneDiagram Diagram { get; private set; } = null!;

    public IReadOnlyList<(ProcessKpiDetails Kpi, KpiChart Chart)> Kpis { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Practices { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Projects { get; private set; } = [];

    public string? Message { get; private set; }

    public ProcessContent Text => Process.Content;

    public ProcessPermissions Permissions => Process.Permissions;

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public bool HasActions => !Process.IsDeleted
        && (Permissions.Content.CanEdit || Permissions.Content.CanDelete || Permissions.Content.Steps.Count > 0 || Permissions.ManageKpis);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProcess(id), cancellationToken) is not { } process)
        {
            return NotFound();
        }

        Process = process;
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        Message = TempData[ProcessPages.MessageKey] as string;
        var culture = CultureInfo.CurrentCulture;
        Diagram = SwimlaneDiagram.Build(ProcessDiagramInput.Of(process.Content), SwimlaneTexts.From(texts), culture);
        var chartTexts = KpiChartTexts.From(texts);
        Kpis = [.. process.Kpis.Select(kpi => (kpi, KpiChart.Build(
            KpiChartInput.ForKpi(kpi.Fields, kpi.Measurements.Select(value => new KpiPoint(value.Period, value.Value))),
            chartTexts, culture, $"kaavio-{kpi.Id:N}")))];
        Practices = await TitlesAsync(process.Content.RelatedPractices,
            async practiceId => (await sender.Send(new GetPractice(practiceId), cancellationToken))?.Content.Title);
        Projects = await TitlesAsync(process.Content.RelatedProjects,
            async projectId => (await sender.Send(new GetProjectReference(projectId), cancellationToken))?.Title);
        return Page();
    }

    /// <summary>The related items the reader may open (the others are left out, not named), in the author's order.</summary>
    private static async Task<IReadOnlyList<(Guid, string)>> TitlesAsync(IReadOnlyList<Guid> ids, Func<Guid, Task<string?>> title)
    {
        var found = new List<(Guid, string)>();
        foreach (var id in ids.Distinct())
        {
            if (await title(id) is { } text)
            {
                found.Add((id, text));
            }
        }

        return found;
    }
}
