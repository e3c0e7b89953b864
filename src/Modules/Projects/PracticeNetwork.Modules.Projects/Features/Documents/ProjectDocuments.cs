using PracticeNetwork.Content.Contracts;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.Documents;

/// <summary>Documents are the project's files: the same checks as practice attachments, kept as the owner's rows.</summary>
internal sealed class AddProjectDocumentHandler(ContentFiles<DevelopmentProject, ProjectContent> files, ProjectCoOwnership coOwnership)
    : ICommandHandler<AddProjectDocument, Guid>
{
    public async ValueTask<Guid> Handle(AddProjectDocument command, CancellationToken cancellationToken) =>
        await coOwnership.AsOwnerAsync(command.ProjectId,
            () => files.AddAsync(command.ProjectId, command.FileName, command.Content, cancellationToken), cancellationToken).ConfigureAwait(false);
}

internal sealed class RemoveProjectDocumentHandler(ContentFiles<DevelopmentProject, ProjectContent> files, ProjectCoOwnership coOwnership)
    : ICommandHandler<RemoveProjectDocument>
{
    public async ValueTask<Unit> Handle(RemoveProjectDocument command, CancellationToken cancellationToken)
    {
        await coOwnership.AsOwnerAsync(command.ProjectId,
            () => files.RemoveAsync(command.ProjectId, command.AttachmentId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class OpenProjectDocumentHandler(ContentFiles<DevelopmentProject, ProjectContent> files) : IQueryHandler<OpenProjectDocument, AttachmentContent?>
{
    public async ValueTask<AttachmentContent?> Handle(OpenProjectDocument query, CancellationToken cancellationToken) =>
        await files.OpenAsync(query.ProjectId, query.AttachmentId, cancellationToken).ConfigureAwait(false);
}
