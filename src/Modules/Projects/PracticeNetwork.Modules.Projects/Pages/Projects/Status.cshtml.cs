using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>A project's publication workflow step, over the version the reader saw (the web kit's step page).</summary>
public sealed class StatusModel(ISender sender, IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : WorkflowStepPageModel(shared)
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => DetailsModel.MessageKey;

    protected override async Task<WorkflowSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetProject(id), cancellationToken) is { IsDeleted: false } project
            ? new WorkflowSubject(project.Content.Title, project.PublicationStatus, project.Version, project.Permissions.Content.Steps, $"/hankkeet/{id}")
            : null;

    protected override Task TakeStepAsync(Guid id, WorkflowStep step, int version, string? comment, CancellationToken cancellationToken) =>
        sender.Send(new TakeProjectStep(id, step, version, comment), cancellationToken).AsTask();
}
