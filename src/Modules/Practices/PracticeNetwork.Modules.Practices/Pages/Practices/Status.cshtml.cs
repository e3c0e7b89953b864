using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Takes a workflow step (submit, publish, return with a comment, archive, restore) over the version the reader
/// saw. The practice page's buttons post here; GET shows the step's own form, e.g. the comment for a return.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class StatusModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    [BindProperty(Name = "step", SupportsGet = true)]
    public string? StepName { get; set; }

    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "comment")]
    public string? Comment { get; set; }

    public PracticeDetails Practice { get; private set; } = null!;

    public WorkflowStep Step { get; private set; } = WorkflowStep.ReturnToAuthor;

    /// <summary>Set when the step could not be taken because the practice changed: the page explains and links back.</summary>
    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (StepName is not null && ParseStep() is null)
        {
            return NotFound();
        }

        Version = Practice.Version;
        if (!Practice.Permissions.Steps.Contains(Step))
        {
            return Practice.Permissions.Steps.Count == 0
                ? StatusCode(StatusCodes.Status403Forbidden)
                : Conflicted(texts["StepNotAvailable", shared[$"Status.{Practice.Status}"]]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (ParseStep() is null)
        {
            return BadRequest();
        }

        await sender.Send(new ChangePracticeStatus(id, Step, Version ?? -1, Comment), cancellationToken);
        TempData[PracticeEditorPageModel.PracticeMessageKey] = texts[$"StepDone.{Step}"].Value;
        return Redirect($"/kaytannot/{id}");
    }

    /// <summary>The comment's error by the comment; anything else means the form itself is stale.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        foreach (var key in invalid.Errors.Keys)
        {
            ModelState.AddModelError(key == "comment" ? "comment" : string.Empty, texts[key == "comment" ? "Error.comment" : "Error.staleForm"]);
        }

        Version = Practice.Version;
        return Task.FromResult<IActionResult>(Page());
    }

    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return Task.FromResult<IActionResult>(
            Conflicted(texts[conflict.Code == "WrongStep" ? "StepConflictWrongStep" : "StepConflictStale", shared[$"Status.{Practice.Status}"]]));
    }

    private WorkflowStep? ParseStep()
    {
        if (StepName is null)
        {
            return Step;
        }

        if (!Enum.TryParse<WorkflowStep>(StepName, ignoreCase: false, out var step) || !Enum.IsDefined(step) || int.TryParse(StepName, out _))
        {
            return null;
        }

        Step = step;
        return step;
    }

    private PageResult Conflicted(string message)
    {
        ConflictMessage = message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null || practice.IsDeleted)
        {
            return NotFound();
        }

        Practice = practice;
        return null;
    }
}
