using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// Takes a publication workflow step (submit, publish, return with a comment, archive, restore) over the version the
/// reader saw: GET explains the step and asks for it (and for the comment of a return), POST takes it.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class StatusModel(ISender sender, IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    [BindProperty(Name = "step", SupportsGet = true)]
    public string? StepName { get; set; }

    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "comment")]
    public string? Comment { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public WorkflowStep Step { get; private set; } = WorkflowStep.SubmitForReview;

    /// <summary>Set when the step cannot be taken now: the page explains and links back.</summary>
    public string? ConflictMessage { get; private set; }

    public IReadOnlyList<WorkflowStep> Steps => Project.Permissions.Content.Steps;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (StepName is null && Steps.Count > 0)
        {
            Step = Steps[0];
        }
        else if (ParseStep() is null)
        {
            return NotFound();
        }

        Version = Project.Version;
        if (!Steps.Contains(Step))
        {
            return Steps.Count == 0
                ? StatusCode(StatusCodes.Status403Forbidden)
                : Conflicted(texts["Step.NotAvailable", shared[$"Status.{Project.PublicationStatus}"]]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ParseStep() is null)
        {
            return BadRequest();
        }

        await sender.Send(new TakeProjectStep(id, Step, Version ?? -1, Comment), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts[$"Step.Done.{Step}"].Value;
        return Redirect($"/hankkeet/{id}");
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

        Version = Project.Version;
        return Task.FromResult<IActionResult>(Page());
    }

    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var key = conflict.Code == "WrongStep" ? "Step.ConflictWrongStep" : "Step.ConflictStale";
        return Task.FromResult<IActionResult>(Conflicted(texts[key, shared[$"Status.{Project.PublicationStatus}"]]));
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
        if (await sender.Send(new GetProject(id), cancellationToken) is not { IsDeleted: false } project)
        {
            return NotFound();
        }

        Project = project;
        return null;
    }
}
