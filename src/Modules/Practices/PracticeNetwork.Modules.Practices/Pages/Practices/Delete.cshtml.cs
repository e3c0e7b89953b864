using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>Asks before moving a practice to the municipality's bin, over the version the reader saw.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DeleteModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts) : PageModel, IShowsConflicts, IShowsFieldErrors
{
    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    public PracticeDetails Practice { get; private set; } = null!;

    /// <summary>Set when the practice changed after the reader opened this page.</summary>
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = Practice.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await sender.Send(new DeletePractice(id, Version ?? -1), cancellationToken);
        TempData[PracticeEditorPageModel.PracticeMessageKey] = texts["Deleted", Practice.Content.Title].Value;
        return Redirect("/kunta/kaytannot");
    }

    /// <summary>Asks again over the version saved now: the reader sees what they are deleting.</summary>
    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict) =>
        Task.FromResult<IActionResult>(AskAgain(StatusCodes.Status409Conflict));

    /// <summary>A missing or malformed version: ask again over the version saved now.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid) =>
        Task.FromResult<IActionResult>(AskAgain(StatusCodes.Status200OK));

    private PageResult AskAgain(int status)
    {
        Changed = true;
        Version = Practice.Version;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null || practice.IsDeleted)
        {
            return NotFound();
        }

        if (!practice.Permissions.CanDelete)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Practice = practice;
        return null;
    }
}
