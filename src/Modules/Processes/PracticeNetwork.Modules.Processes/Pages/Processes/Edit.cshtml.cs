using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Editor;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>
/// Edits a process description: 404 for whoever may not open it, 403 for whoever may only read it. The save goes
/// over the version the editor loaded; a save on top of someone else's is shown as a conflict with both versions,
/// never written over.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditModel(
    ISender sender, IStringLocalizer<ProcessEditorResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : ProcessEditorPageModel(texts, processTexts, shared), IShowsConflicts
{
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    [BindProperty(Name = "minorChange")]
    public bool MinorChange { get; set; }

    public ProcessDetails Process { get; private set; } = null!;

    public EditConflict? Conflict { get; private set; }

    public override int? LoadedVersion => Version;

    public override bool OffersMinorChange => Process.PublicationStatus == PublicationStatus.Published;

    public override bool MinorChangeChecked => MinorChange;

    public override string CancelUrl => ProcessPages.Details(Process.Id);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = ProcessForm.From(Process.Content);
        Version = Process.Version;
        MinorChange = false;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await sender.Send(new UpdateProcess(id, Form.ToContent(), Version, MinorChange), cancellationToken);
        SetProcessMessage(Texts["Editor.Saved"]);
        return Redirect(ProcessPages.Details(id));
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? RedisplayWithPreview();

    public async Task<IActionResult> OnPostMoreRowsAsync(Guid id, string? moreRows, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Redisplay(moreRows);

    public async Task<IActionResult> OnPostStepAsync(Guid id, string? stepAction, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? RedisplayWithStepChanged(stepAction);

    /// <summary>A save over a version that moved on: the form stays as typed, over the version saved now, with both side by side.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        var yours = Form.ToContent();
        if (await sender.Send(new GetProcess(Process.Id), HttpContext.RequestAborted) is not { IsDeleted: false } current)
        {
            return NotFound();
        }

        Process = current;
        Conflict = ProcessConflict.Between(current, yours, await LastEditorAsync(current.Id, HttpContext.RequestAborted), Texts, SharedTexts);
        var page = Redisplay();
        Version = current.Version;
        return page;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProcess(id), cancellationToken) is not { IsDeleted: false } process)
        {
            return NotFound();
        }

        Process = process;
        return process.Permissions.Content.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task<string?> LastEditorAsync(Guid id, CancellationToken cancellationToken)
    {
        var history = await sender.Send(new GetProcessHistory(id), cancellationToken);
        if (history?.Changes.MaxBy(change => change.At) is not { } last)
        {
            return null;
        }

        var accounts = await sender.Send(new GetAccounts([last.PersonId]), cancellationToken);
        return accounts.Count > 0 ? accounts[0].DisplayName : null;
    }
}
