using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>Moves a project to its municipality's bin, or restores it from there (the web kit's delete page).</summary>
public sealed class DeleteModel(ISender sender, IStringLocalizer<ProjectResource> texts) : DeletePageModel
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => DetailsModel.MessageKey;

    protected override string AfterDeleteUrl => "/kunta/hankkeet";

    protected override async Task<DeletionSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetProject(id), cancellationToken) is { } project
            ? new DeletionSubject(
                project.Content.Title, project.PublicationStatus, project.Version, project.IsDeleted,
                project.Permissions.Content.CanDelete, project.Permissions.Content.CanRestore, $"/hankkeet/{id}",
                project.IsJoint ? texts["Delete.JointWarning"].Value : null)
            : null;

    protected override Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) =>
        sender.Send(new DeleteProject(id, version), cancellationToken).AsTask();

    protected override Task RestoreAsync(Guid id, CancellationToken cancellationToken) =>
        sender.Send(new RestoreDeletedProject(id), cancellationToken).AsTask();
}
