using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Web.Pages;

/// <summary>The item a delete page acts on, as its module reads it; null from the loader means 404.</summary>
public sealed record DeletionSubject(
    string Title, PublicationStatus Status, int Version, bool IsDeleted, bool CanDelete, bool CanRestore, string Url, string? Warning = null);

/// <summary>
/// Asks before moving an item to its municipality's bin, over the version the reader saw; a deleted item's page posts
/// its restore here too (the owner's admins). A content type's page says how to load, delete and restore its item and
/// gives its texts (<c>Delete.*</c>, <c>Cancel</c>) in <see cref="Texts"/>; the form is the web kit's <c>_DeleteItem</c>.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public abstract class DeletePageModel : PageModel, IShowsConflicts, IShowsFieldErrors
{
    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    public DeletionSubject Subject { get; private set; } = null!;

    /// <summary>Set when the item changed after the reader opened this page.</summary>
    public bool Changed { get; private set; }

    public abstract IStringLocalizer Texts { get; }

    protected abstract string MessageKey { get; }

    /// <summary>Where the reader goes once the item is in the bin.</summary>
    protected abstract string AfterDeleteUrl { get; }

    protected abstract Task<DeletionSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken);

    protected abstract Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken);

    protected abstract Task RestoreAsync(Guid id, CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = Subject.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await DeleteAsync(id, Version ?? -1, cancellationToken);
        TempData[MessageKey] = Texts["Delete.Done", Subject.Title].Value;
        return Redirect(AfterDeleteUrl);
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadSubjectAsync(id, cancellationToken) is not { IsDeleted: true } subject)
        {
            return NotFound();
        }

        if (!subject.CanRestore)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await RestoreAsync(id, cancellationToken);
        TempData[MessageKey] = Texts["Delete.Restored", subject.Title].Value;
        return Redirect(subject.Url);
    }

    /// <summary>Asks again over the version saved now: the reader sees what they are deleting.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        if (handler == "Restore" || Subject is null)
        {
            return await LoadSubjectAsync(RouteId(), HttpContext.RequestAborted) is { } subject ? Redirect(subject.Url) : NotFound();
        }

        return AskAgain(StatusCodes.Status409Conflict);
    }

    /// <summary>A missing or malformed version: ask again over the version saved now.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid) =>
        Task.FromResult<IActionResult>(AskAgain(StatusCodes.Status200OK));

    private Guid RouteId() => Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? id : Guid.Empty;

    private PageResult AskAgain(int status)
    {
        Changed = true;
        Version = Subject.Version;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadSubjectAsync(id, cancellationToken) is not { IsDeleted: false } subject)
        {
            return NotFound();
        }

        if (!subject.CanDelete)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Subject = subject;
        return null;
    }
}
