using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// Asks before moving a project to its municipality's bin, over the version the reader saw; a deleted project's page
/// posts its restore here too (the owner's admins).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DeleteModel(ISender sender, IStringLocalizer<ProjectResource> texts) : PageModel, IShowsConflicts, IShowsFieldErrors
{
    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    /// <summary>Set when the project changed after the reader opened this page.</summary>
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = Project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await sender.Send(new DeleteProject(id, Version ?? -1), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts["Delete.Done", Project.Content.Title].Value;
        return Redirect("/kunta/hankkeet");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProject(id), cancellationToken) is not { IsDeleted: true } project)
        {
            return NotFound();
        }

        if (!project.Permissions.Content.CanRestore)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new RestoreDeletedProject(id), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts["Delete.Restored", project.Content.Title].Value;
        return Redirect($"/hankkeet/{id}");
    }

    /// <summary>Asks again over the version saved now: the reader sees what they are deleting.</summary>
    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict) =>
        Task.FromResult<IActionResult>(handler == "Restore" ? Redirect($"/hankkeet/{RouteData.Values["id"]}") : AskAgain(StatusCodes.Status409Conflict));

    /// <summary>A missing or malformed version: ask again over the version saved now.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid) =>
        Task.FromResult<IActionResult>(AskAgain(StatusCodes.Status200OK));

    private PageResult AskAgain(int status)
    {
        Changed = true;
        Version = Project.Version;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProject(id), cancellationToken) is not { IsDeleted: false } project)
        {
            return NotFound();
        }

        if (!project.Permissions.Content.CanDelete)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Project = project;
        return null;
    }
}
