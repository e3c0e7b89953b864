using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.Bin;

/// <summary>The owner's reviewers (and an author their own draft) move a project to the municipality's bin.</summary>
internal sealed class DeleteProjectHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle) : ICommandHandler<DeleteProject>
{
    public async ValueTask<Unit> Handle(DeleteProject command, CancellationToken cancellationToken)
    {
        await lifecycle.DeleteAsync(command.ProjectId, command.Version, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>The owner's admins bring a deleted project back, with its participants, team and milestones.</summary>
internal sealed class RestoreDeletedProjectHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle) : ICommandHandler<RestoreDeletedProject>
{
    public async ValueTask<Unit> Handle(RestoreDeletedProject command, CancellationToken cancellationToken)
    {
        await lifecycle.RestoreDeletedAsync(command.ProjectId, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
