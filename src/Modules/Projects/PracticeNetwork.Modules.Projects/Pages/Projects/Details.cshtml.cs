using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// One project, if the reader may open it (404 otherwise), with everything it holds, its timeline, and the forms its
/// <see cref="ProjectPermissions"/> allow: a status update, marking milestones done, planning a milestone (project
/// managers) and the project's documents. Each form posts to its own handler here; a refused one comes back with its
/// errors by the form, a stale one says the project changed.
/// </summary>
[AttachmentUploadLimit(Anchor = DocumentsAnchor)]
public sealed class DetailsModel(
    ISender sender, CurrentMember member, TimeProvider clock, AttachmentLimits limits,
    IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    /// <summary>TempData key under which the project's pages leave a message for this one.</summary>
    public const string MessageKey = "ProjectMessage";

    public const string DocumentsAnchor = "dokumentit";

    private static readonly Dictionary<string, string> UpdateInputs = new(StringComparer.Ordinal) { ["text"] = "update-text" };

    /// <summary>The file of the upload being handled, for the message when it is refused.</summary>
    private IFormFile? _uploaded;

    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "text")]
    public string? UpdateText { get; set; }

    [BindProperty(Name = "title")]
    public string? MilestoneTitle { get; set; }

    [BindProperty(Name = "dueDate")]
    public string? MilestoneDue { get; set; }

    [BindProperty(Name = "responsible")]
    public Guid? MilestoneResponsible { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public MunicipalityLookup Directory { get; private set; } = null!;

    public ProjectPeople People { get; private set; } = null!;

    public ProjectTimeline Timeline { get; private set; } = null!;

    public IReadOnlyList<PracticeSummary> Practices { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Set when a form could not be used because the project changed meanwhile: shown by that form.</summary>
    public string? StaleForm { get; private set; }

    public string? StaleHandler { get; private set; }

    public ProjectContent Text => Project.Content;

    public ProjectPermissions Permissions => Project.Permissions;

    public AttachmentLimits Limits => limits;

    /// <summary>The reader is a project manager of this project.</summary>
    public bool IsProjectManager => Project.Team.Any(person => person.PersonId == member.PersonId && person.IsProjectManager);

    public bool ShowsReviewComment => Project.ReviewComment is { Length: > 0 } && Project.PublicationStatus == PublicationStatus.Draft;

    public bool HasActions => !Project.IsDeleted
        && (Permissions.Content.CanEdit || Permissions.Content.CanDelete || Permissions.Content.Steps.Count > 0 || ManagesParticipation);

    /// <summary>Something to do on the participants page: invite, answer, leave, the team, managers or the contribution.</summary>
    public bool ManagesParticipation => Permissions.Invite || Permissions.AnswerInvitation || Permissions.Leave
        || Permissions.ManageOwnTeam || Permissions.AppointManagers || Permissions.RecordContribution;

    public async Task<IActionResult> OnGetAsync(Guid id, string? liite, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Message = TempData[MessageKey] as string;
        if (liite == "liian-suuri")
        {
            ModelState.AddModelError("file", TooLarge());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var updateId = await sender.Send(new PostProjectUpdate(id, UpdateText ?? string.Empty), cancellationToken);
        return Done(texts["Update.Posted"], $"paivitys-{updateId}");
    }

    public async Task<IActionResult> OnPostMilestoneDoneAsync(Guid id, Guid milestoneId, bool done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new CompleteMilestone(id, milestoneId, done, Version ?? -1), cancellationToken);
        var title = Project.Milestones.FirstOrDefault(milestone => milestone.Id == milestoneId)?.Title ?? string.Empty;
        return Done(texts[done ? "Milestone.MarkedDone" : "Milestone.MarkedNotDone", title], $"virstanpylvas-{milestoneId}");
    }

    public async Task<IActionResult> OnPostAddMilestoneAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var due = MilestoneForm.ParseDate(MilestoneDue);
        if (due is null || MilestoneResponsible is null)
        {
            // Nothing the module could be sent: say what is missing, with the title checked by the module's own rules later.
            throw MilestoneForm.Invalid(due is null, MilestoneResponsible is null, MilestoneTitle);
        }

        var saved = await sender.Send(new AddMilestone(id, MilestoneTitle ?? string.Empty, due.Value, MilestoneResponsible.Value, Version ?? -1), cancellationToken);
        return Done(texts["Milestone.Added", MilestoneTitle ?? string.Empty], $"virstanpylvas-{saved.MilestoneId}");
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (file is null || file.Length == 0)
        {
            ModelState.Clear();
            ModelState.AddModelError("file", shared[file is null ? "File.Missing" : "File.Empty"]);
            return Page();
        }

        _uploaded = file;
        await using (var stream = file.OpenReadStream())
        {
            await sender.Send(new AddProjectDocument(id, file.FileName, stream), cancellationToken);
        }

        return Done(texts["Documents.Added", AttachmentPolicy.CleanFileName(file.FileName)], DocumentsAnchor);
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new RemoveProjectDocument(id, attachmentId), cancellationToken);
        var name = Project.Documents.FirstOrDefault(document => document.Id == attachmentId)?.FileName ?? string.Empty;
        return Done(texts["Documents.Removed", name], DocumentsAnchor);
    }

    /// <summary>Each form's errors by its own inputs; what the form has no input for says the form was stale.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        if (handler == "Upload")
        {
            ModelState.AddModelError("file", _uploaded is null ? shared["File.Missing"] : WhyRefused(_uploaded));
            return Task.FromResult<IActionResult>(Page());
        }

        var inputs = handler switch
        {
            "Update" => UpdateInputs,
            "AddMilestone" => MilestoneForm.Inputs,
            _ => new Dictionary<string, string>(),
        };
        foreach (var (field, messages) in invalid.Errors)
        {
            var input = inputs.GetValueOrDefault(field) ?? string.Empty;
            var known = texts[$"Error.{handler}.{field}"];
            ModelState.AddModelError(input, input.Length == 0 ? texts["Error.staleForm"] : known.ResourceNotFound ? messages.FirstOrDefault() ?? string.Empty : known.Value);
        }

        StaleHandler = handler;
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>The project moved on since the reader opened it: the page again, as it is now, with what they typed kept.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (await LoadAsync(Project.Id, HttpContext.RequestAborted) is { } missing)
        {
            return missing;
        }

        ModelState.Clear();
        StaleForm = handler is "Upload" or "RemoveDocument" ? texts["Documents.Conflict"] : texts["Error.changedMeanwhile"];
        StaleHandler = handler;
        return Page();
    }

    /// <summary>The municipalities a milestone can be given to: the owner and the accepted participants.</summary>
    public IReadOnlyList<MunicipalitySummary> TakingPart() =>
        [.. MunicipalityNames.Sorted(Project.TakingPart.Distinct().Select(Directory.ById).OfType<MunicipalitySummary>())];

    /// <summary>Whether the reader may mark this milestone done: a project manager, or the team of its municipality.</summary>
    public bool CanComplete(ProjectMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return Permissions.CompleteMilestones && (IsProjectManager || member.ActsFor(milestone.ResponsibleMunicipalityId));
    }

    /// <summary>The long texts in reading order, by API field name.</summary>
    public IEnumerable<(string Field, string Text)> LongTexts() =>
        Text.Texts().Where(text => text.Field is not ("title" or "summary") && !string.IsNullOrWhiteSpace(text.Text));

    public string MaxSize => ProjectFormat.Size(limits.MaxBytes, shared);

    public static string AllowedTypes =>
        string.Join(", ", AttachmentPolicy.Extensions.Select(extension => extension.TrimStart('.')).Order(StringComparer.Ordinal));

    private RedirectResult Done(string message, string anchor)
    {
        TempData[MessageKey] = message;
        return Redirect($"/hankkeet/{Project.Id}#{anchor}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProject(id), cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project = ProjectPeople.Named(project, texts["Team.Unnamed"]);
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        People = await ProjectPeople.LoadAsync(sender, project, cancellationToken);
        var today = TimelineInputs.HelsinkiDate(clock.GetUtcNow());
        Timeline = ProjectTimeline.Build(TimelineInputs.Of(project, Directory.NameOf, today), TimelineInputs.TextsFrom(texts), CultureInfo.CurrentCulture);
        Practices = await sender.Send(new ListPracticesFromProject(id), cancellationToken);
        return null;
    }

    private string TooLarge() => shared["File.TooLarge", MaxSize];

    private string WhyRefused(IFormFile file)
    {
        if (file.Length > limits.MaxBytes)
        {
            return TooLarge();
        }

        if (Project.Documents.Count >= limits.MaxPerItem)
        {
            return texts["Documents.TooMany", limits.MaxPerItem];
        }

        return AttachmentPolicy.Extensions.Contains(Path.GetExtension(AttachmentPolicy.CleanFileName(file.FileName)), StringComparer.OrdinalIgnoreCase)
            ? shared["File.ContentMismatch"]
            : shared["File.TypeNotAllowed", AllowedTypes];
    }
}
