using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Pages.Projects.Editor;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// Edits a project's shared fields (its owner's writers and the teams of the municipalities taking part): 404 for
/// whoever may not open it, 403 for whoever may only read it. The save goes over the version the editor loaded; a
/// save on top of someone else's is shown as a conflict with both versions, never written over.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditModel(
    ISender sender, CurrentMember member, IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : ProjectEditorPageModel(texts, shared), IShowsConflicts, IShowsRefusals
{
    private const MunicipalityRoles Writers = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    [BindProperty(Name = "version")]
    public int Version { get; set; }

    [BindProperty(Name = "minorChange")]
    public bool MinorChange { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public EditConflict? Conflict { get; private set; }

    /// <summary>Set when the project moved on so that this editor may no longer save it; the input is kept to copy.</summary>
    public bool NoLongerEditable { get; private set; }

    public override int? LoadedVersion => Version;

    public override bool OffersMinorChange => Project.PublicationStatus == PublicationStatus.Published;

    public override bool MinorChangeChecked => MinorChange;

    public override string CancelUrl => $"/hankkeet/{Project.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = ProjectForm.From(Project.Content);
        Version = Project.Version;
        MinorChange = false;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return MayHaveBeenEditing() ? KeepInputReadOnly() : refused;
        }

        await sender.Send(new UpdateProject(id, Form.ToContent(), Version, MinorChange), cancellationToken);
        SetProjectMessage(Texts["Editor.Saved"]);
        return Redirect($"/hankkeet/{id}");
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? RedisplayWithPreview();

    public async Task<IActionResult> OnPostMoreRowsAsync(Guid id, string? moreRows, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Redisplay(moreRows);

    /// <summary>A save over a version that moved on: the form stays as typed, over the version saved now, with both side by side.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        var yours = Form.ToContent();
        if (await sender.Send(new GetProject(Project.Id), HttpContext.RequestAborted) is not { IsDeleted: false } current)
        {
            return NotFound();
        }

        Project = current;
        Conflict = ProjectConflict.Between(current, yours, await LastEditorAsync(current.Id, HttpContext.RequestAborted), Texts, SharedTexts);
        var page = Redisplay();
        Version = current.Version;
        return page;
    }

    /// <summary>A writer whose save was refused because the project moved on keeps what they typed, read-only.</summary>
    public IActionResult? ShowRefusal(string? handler, ForbiddenException forbidden) =>
        handler is null && MayHaveBeenEditing() ? KeepInputReadOnly() : null;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProject(id), cancellationToken) is not { IsDeleted: false } project)
        {
            return NotFound();
        }

        Project = project;
        return project.Permissions.Content.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// A writer of the owner or a team member whose save is refused because the project moved on since they opened
    /// it (a draft was sent for review, say) may have been editing: their text must not be lost.
    /// </summary>
    private bool MayHaveBeenEditing() =>
        Project is { IsDeleted: false } project
        && ((member.ActsFor(project.MunicipalityId) && member.HasAnyRole(Writers)) || project.Team.Any(person => person.PersonId == member.PersonId));

    private PageResult KeepInputReadOnly()
    {
        NoLongerEditable = true;
        var page = Redisplay();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    private async Task<string?> LastEditorAsync(Guid id, CancellationToken cancellationToken)
    {
        var history = await sender.Send(new GetProjectHistory(id), cancellationToken);
        var last = history?.Changes
            .Where(change => change.Kind is not (ContentChangeKind.AttachmentAdded or ContentChangeKind.AttachmentRemoved))
            .MaxBy(change => change.At);
        if (last is null)
        {
            return null;
        }

        var accounts = await sender.Send(new GetAccounts([last.PersonId]), cancellationToken);
        return accounts.Count > 0 ? accounts[0].DisplayName : null;
    }
}
