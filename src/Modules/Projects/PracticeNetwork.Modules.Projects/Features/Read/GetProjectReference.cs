using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>A project's title for a link from elsewhere, only when the reader may open the project.</summary>
internal sealed class GetProjectReferenceHandler(ProjectReads reads) : IQueryHandler<GetProjectReference, ProjectReference?>
{
    public async ValueTask<ProjectReference?> Handle(GetProjectReference query, CancellationToken cancellationToken) =>
        await reads.OpenAsync(query.ProjectId, evenDeleted: false, cancellationToken).ConfigureAwait(false) is { } project
            ? new ProjectReference(project.Id, project.Title, project.MunicipalityId)
            : null;
}

internal sealed class GetProjectHistoryHandler(ContentHistoryReader<DevelopmentProject, ProjectContent> history) : IQueryHandler<GetProjectHistory, Content.Contracts.ContentHistory?>
{
    public async ValueTask<Content.Contracts.ContentHistory?> Handle(GetProjectHistory query, CancellationToken cancellationToken) =>
        await history.ReadAsync(query.ProjectId, cancellationToken).ConfigureAwait(false);
}
