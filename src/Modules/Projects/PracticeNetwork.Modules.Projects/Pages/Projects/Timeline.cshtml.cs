using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// A project's timeline on a page of its own (for printing, too), and for its project managers the milestones to
/// change or remove: <c>?muokkaa={milestoneId}</c> opens one milestone's form.
/// </summary>
public sealed class TimelineModel(ISender sender, TimeProvider clock, IStringLocalizer<ProjectResource> texts)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "title")]
    public string? MilestoneTitle { get; set; }

    [BindProperty(Name = "dueDate")]
    public string? MilestoneDue { get; set; }

    [BindProperty(Name = "responsible")]
    public Guid? MilestoneResponsible { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public MunicipalityLookup Directory { get; private set; } = null!;

    public ProjectTimeline Picture { get; private set; } = null!;

    /// <summary>The milestone whose form is open, if any.</summary>
    public ProjectMilestone? Editing { get; private set; }

    public string? Message { get; private set; }

    public string? StaleForm { get; private set; }

    public bool CanManage => Project.Permissions.ManageMilestones && !Project.IsDeleted;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? muokkaa, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Message = TempData[DetailsModel.MessageKey] as string;
        if (muokkaa is { } milestoneId)
        {
            if (!CanManage || Project.Milestones.FirstOrDefault(milestone => milestone.Id == milestoneId) is not { } milestone)
            {
                return NotFound();
            }

            Editing = milestone;
            MilestoneTitle = milestone.Title;
            MilestoneDue = ProjectFormat.Iso(milestone.DueDate);
            MilestoneResponsible = milestone.ResponsibleMunicipalityId;
        }

        Version = Project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateMilestoneAsync(Guid id, Guid milestoneId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, milestoneId) is { } missing)
        {
            return missing;
        }

        var due = MilestoneForm.ParseDate(MilestoneDue);
        if (due is null || MilestoneResponsible is null)
        {
            throw MilestoneForm.Invalid(due is null, MilestoneResponsible is null, MilestoneTitle);
        }

        await sender.Send(new UpdateMilestone(id, milestoneId, MilestoneTitle ?? string.Empty, due.Value, MilestoneResponsible.Value, Version ?? -1), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts["Milestone.Saved", MilestoneTitle ?? string.Empty].Value;
        return Redirect($"/hankkeet/{id}/aikajana#muokkaa-virstanpylvaita");
    }

    public async Task<IActionResult> OnPostRemoveMilestoneAsync(Guid id, Guid milestoneId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new RemoveMilestone(id, milestoneId, Version ?? -1), cancellationToken);
        var title = Project.Milestones.FirstOrDefault(milestone => milestone.Id == milestoneId)?.Title ?? string.Empty;
        TempData[DetailsModel.MessageKey] = texts["Milestone.Removed", title].Value;
        return Redirect($"/hankkeet/{id}/aikajana#muokkaa-virstanpylvaita");
    }

    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        foreach (var (field, messages) in invalid.Errors)
        {
            var input = MilestoneForm.Inputs.GetValueOrDefault(field);
            var known = texts[$"Error.AddMilestone.{field}"];
            ModelState.AddModelError(input ?? string.Empty, input is null ? texts["Error.staleForm"] : known.ResourceNotFound ? messages.FirstOrDefault() ?? string.Empty : known.Value);
        }

        return Task.FromResult<IActionResult>(Page());
    }

    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var editing = Editing?.Id;
        if (await LoadAsync(Project.Id, HttpContext.RequestAborted, editing) is { } missing)
        {
            return missing;
        }

        Version = Project.Version;
        StaleForm = texts["Error.changedMeanwhile"];
        return Page();
    }

    public IReadOnlyList<MunicipalitySummary> TakingPart() =>
        [.. MunicipalityNames.Sorted(Project.TakingPart.Distinct().Select(Directory.ById).OfType<MunicipalitySummary>())];

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, Guid? editing = null)
    {
        if (await sender.Send(new GetProject(id), cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project = ProjectPeople.Named(project, texts["Team.Unnamed"]);
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var today = TimelineInputs.HelsinkiDate(clock.GetUtcNow());
        Picture = ProjectTimeline.Build(TimelineInputs.Of(project, Directory.NameOf, today), TimelineInputs.TextsFrom(texts), CultureInfo.CurrentCulture);
        if (editing is { } milestoneId)
        {
            Editing = project.Milestones.FirstOrDefault(milestone => milestone.Id == milestoneId);
            if (Editing is null)
            {
                return NotFound();
            }
        }

        return null;
    }
}
