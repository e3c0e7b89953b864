using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// Asks before removing a KPI with all its values, over the process's version the reader saw; if the process or its
/// KPIs changed since, it asks again (nothing removed).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RemoveModel(ISender sender, IStringLocalizer<KpiResource> texts) : PageModel, IShowsConflicts
{
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    public KpiSubject Subject { get; private set; } = null!;

    /// <summary>Set when the process changed after the reader opened this page.</summary>
    public bool Changed { get; private set; }

    public IStringLocalizer<KpiResource> Texts => texts;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = Subject.Process.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        await sender.Send(new RemoveKpi(id, kpiId, Version), cancellationToken);
        TempData[ProcessPages.MessageKey] = texts["Remove.Done", Subject.Kpi.Fields.Name].Value;
        return Redirect(ProcessPages.Details(id));
    }

    /// <summary>Asks again over the version saved now: the reader sees what they are removing.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        if (await LoadAsync(Subject.Process.Id, Subject.Kpi.Id, HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }

        Changed = true;
        Version = Subject.Process.Version;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await KpiSubject.LoadAsync(sender, id, kpiId, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        Subject = subject;
        return subject.Process.Permissions.ManageKpis ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
