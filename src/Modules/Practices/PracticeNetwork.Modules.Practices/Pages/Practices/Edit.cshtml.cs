using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Edits a practice the reader may edit (404 if they may not open it, 403 if they may only read it), over the
/// version they loaded: a save on top of someone else's is shown as a conflict with both versions, never
/// written over. Attachments are added and removed here too.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[AttachmentUploadLimit]
public sealed class EditModel(
    ISender sender, CurrentMember member, AttachmentLimits limits,
    IStringLocalizer<PracticeEditorResource> texts, IStringLocalizer<PracticeResource> practiceTexts, IStringLocalizer<ContentResource> shared)
    : PracticeEditorPageModel(texts, shared), IShowsConflicts, IShowsRefusals
{
    /// <summary>The file of the upload being handled, for the message when it is refused.</summary>
    private IFormFile? _uploaded;

    [BindProperty(Name = "version")]
    public int Version { get; set; }

    [BindProperty(Name = "minorChange")]
    public bool MinorChange { get; set; }

    [TempData(Key = "PracticeEditorMessage")]
    public string? Notice { get; set; }

    public PracticeDetails Practice { get; private set; } = null!;

    public EditConflict? Conflict { get; private set; }

    /// <summary>Set when the practice moved on (e.g. was published) so that this editor may no longer save it; the input is kept to copy.</summary>
    public bool NoLongerEditable { get; private set; }

    public AttachmentLimits Limits => limits;

    public override int? LoadedVersion => Version;

    public override bool OffersMinorChange => Practice.Status == PublicationStatus.Published;

    public override bool MinorChangeChecked => MinorChange;

    public override string CancelUrl => $"/kaytannot/{Practice.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? liite, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ShowSaved();
        if (liite == "liian-suuri")
        {
            ModelState.AddModelError("file", TooLarge());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return MayHaveBeenEditing() ? KeepInputReadOnly() : refused;
        }

        await sender.Send(new UpdatePractice(id, Form.ToContent(), Version, MinorChange), cancellationToken);
        SetPracticeMessage(Texts["Saved"]);
        return Redirect($"/kaytannot/{id}");
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? RedisplayWithPreview();

    public async Task<IActionResult> OnPostMoreRowsAsync(Guid id, string? moreRows, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Redisplay(moreRows);

    public async Task<IActionResult> OnPostPreviewFragmentAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? PreviewFragment();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", SharedTexts[file is null ? "File.Missing" : "File.Empty"]);
            ShowSaved();
            return Page();
        }

        _uploaded = file;
        await using (var stream = file.OpenReadStream())
        {
            await sender.Send(new AddPracticeAttachment(id, file.FileName, stream), cancellationToken);
        }

        Notice = Texts["AttachmentAdded", AttachmentPolicy.CleanFileName(file.FileName)];
        return Redirect($"/kaytannot/{id}/muokkaa#liitteet");
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await sender.Send(new RemovePracticeAttachment(id, attachmentId), cancellationToken);
        var name = Practice.Attachments.FirstOrDefault(attachment => attachment.Id == attachmentId)?.FileName ?? string.Empty;
        Notice = Texts["AttachmentRemoved", name];
        return Redirect($"/kaytannot/{id}/muokkaa#liitteet");
    }

    /// <summary>A refused save shows the errors by the fields; a refused file is named next to the file field.</summary>
    public override Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        if (handler != "Upload")
        {
            return base.ShowInvalidInputAsync(handler, invalid);
        }

        ModelState.Clear();
        ModelState.AddModelError("file", _uploaded is null ? SharedTexts["File.Missing"] : WhyRefused(_uploaded));
        ShowSaved();
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>
    /// A save over a version that moved on shows both texts side by side; a file added or removed at the same moment
    /// as another change is simply not done, and the editor says so by the file field over the version saved now.
    /// </summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        if (handler is null)
        {
            return await ConflictAsync(Practice.Id, Form.ToContent(), HttpContext.RequestAborted);
        }

        if (await sender.Send(new GetPractice(Practice.Id), HttpContext.RequestAborted) is not { IsDeleted: false } current)
        {
            return NotFound();
        }

        Practice = current;
        ModelState.Clear();
        ModelState.AddModelError("file", Texts["FileConflict"]);
        ShowSaved();
        return Page();
    }

    /// <summary>A writer whose save was refused because the practice moved on keeps what they typed, read-only.</summary>
    public IActionResult? ShowRefusal(string? handler, ForbiddenException forbidden) =>
        handler is null && MayHaveBeenEditing() ? KeepInputReadOnly() : null;

    /// <summary>The size limit for people: "10 Mt", or kilobytes under a megabyte.</summary>
    public string MaxSize => SizeText(limits.MaxBytes);

    public string SizeText(long bytes) => bytes >= 1024 * 1024
        ? SharedTexts["File.SizeMegabytes", Math.Round(bytes / (1024.0 * 1024), 1)]
        : SharedTexts["File.SizeKilobytes", Math.Max(1, (long)Math.Ceiling(bytes / 1024.0))];

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null || practice.IsDeleted)
        {
            return NotFound();
        }

        Practice = practice;
        return practice.Permissions.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// A writer of the practice's own municipality whose save is refused because the practice moved on since they
    /// opened it (an author's draft was published, say) may have been editing: their text must not be lost.
    /// </summary>
    private bool MayHaveBeenEditing() =>
        Practice is { IsDeleted: false } practice && member.ActsFor(practice.MunicipalityId)
        && member.HasAnyRole(MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);

    private PageResult KeepInputReadOnly()
    {
        NoLongerEditable = true;
        var page = Redisplay();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    /// <summary>The saved practice in the form (the upload form does not carry the text fields).</summary>
    private void ShowSaved()
    {
        Form = PracticeForm.From(Practice.Content);
        Version = Practice.Version;
        MinorChange = false;
    }

    /// <summary>Keeps what the editor typed, moves the form onto the version saved now, and shows both side by side.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, PracticeContent yours, CancellationToken cancellationToken)
    {
        var current = await sender.Send(new GetPractice(id), cancellationToken);
        if (current is null || current.IsDeleted)
        {
            return NotFound();
        }

        Practice = current;
        Conflict = PracticeConflict.Between(current, yours, await LastEditorAsync(id, cancellationToken), practiceTexts, SharedTexts);
        var page = Redisplay();
        Version = current.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    private async Task<string?> LastEditorAsync(Guid id, CancellationToken cancellationToken)
    {
        var history = await sender.Send(new GetPracticeHistory(id), cancellationToken);
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

    private string TooLarge() => SharedTexts["File.TooLarge", MaxSize];

    private string WhyRefused(IFormFile file)
    {
        if (file.Length > limits.MaxBytes)
        {
            return TooLarge();
        }

        if (Practice.Attachments.Count >= limits.MaxPerItem)
        {
            return Texts["FileTooMany", limits.MaxPerItem];
        }

        return AttachmentPolicy.Extensions.Contains(Path.GetExtension(AttachmentPolicy.CleanFileName(file.FileName)), StringComparer.OrdinalIgnoreCase)
            ? SharedTexts["File.ContentMismatch"]
            : SharedTexts["File.TypeNotAllowed", AllowedTypes];
    }

    public static string AllowedTypes => string.Join(", ", AttachmentPolicy.Extensions.Select(extension => extension.TrimStart('.')).Order(StringComparer.Ordinal));
}
