using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Web.Pages;

/// <summary>The item a workflow step page acts on, as its module reads it; null from the loader means 404.</summary>
public sealed record WorkflowSubject(string Title, PublicationStatus Status, int Version, IReadOnlyList<WorkflowStep> Steps, string Url);

/// <summary>
/// Takes a publication workflow step (submit, publish, return with a comment, archive, restore) over the version the
/// reader saw: GET explains the step and asks for it (and for the comment of a return), POST takes it. A content
/// type's page says how to load its item and take the step, and gives its texts (<c>Step.*</c>, <c>Error.comment</c>,
/// <c>Error.staleForm</c>, <c>Step.Back</c>, <c>Cancel</c>) in <see cref="Texts"/>; the form is the web kit's
/// <c>_WorkflowStep</c> partial.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public abstract class WorkflowStepPageModel(IStringLocalizer<ContentResource> shared) : PageModel, IShowsFieldErrors, IShowsConflicts
{
    [BindProperty(Name = "step", SupportsGet = true)]
    public string? StepName { get; set; }

    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "comment")]
    public string? Comment { get; set; }

    public WorkflowSubject Subject { get; private set; } = null!;

    public WorkflowStep Step { get; private set; } = WorkflowStep.SubmitForReview;

    /// <summary>Set when the step cannot be taken now: the page explains and links back.</summary>
    public string? ConflictMessage { get; private set; }

    public IReadOnlyList<WorkflowStep> Steps => Subject.Steps;

    public abstract IStringLocalizer Texts { get; }

    /// <summary>The TempData key of the message the item's page shows after the step.</summary>
    protected abstract string MessageKey { get; }

    protected abstract Task<WorkflowSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken);

    protected abstract Task TakeStepAsync(Guid id, WorkflowStep step, int version, string? comment, CancellationToken cancellationToken);

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

        Version = Subject.Version;
        if (!Steps.Contains(Step))
        {
            return Steps.Count == 0
                ? StatusCode(StatusCodes.Status403Forbidden)
                : Conflicted(Texts["Step.NotAvailable", shared[$"Status.{Subject.Status}"]]);
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

        await TakeStepAsync(id, Step, Version ?? -1, Comment, cancellationToken);
        TempData[MessageKey] = Texts[$"Step.Done.{Step}"].Value;
        return Redirect(Subject.Url);
    }

    /// <summary>The comment's error by the comment; anything else means the form itself is stale.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        foreach (var key in invalid.Errors.Keys)
        {
            ModelState.AddModelError(key == "comment" ? "comment" : string.Empty, Texts[key == "comment" ? "Error.comment" : "Error.staleForm"]);
        }

        Version = Subject.Version;
        return Task.FromResult<IActionResult>(Page());
    }

    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var key = conflict.Code == "WrongStep" ? "Step.ConflictWrongStep" : "Step.ConflictStale";
        return Task.FromResult<IActionResult>(Conflicted(Texts[key, shared[$"Status.{Subject.Status}"]]));
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
        if (await LoadSubjectAsync(id, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        Subject = subject;
        return null;
    }
}
