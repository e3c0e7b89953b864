using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>Adding and removing a project's documents (its editors and team). Downloads are reads: <see cref="ProjectReadEndpoints"/>.</summary>
internal static class ProjectDocumentEndpoints
{
    public static async Task<IResult> UploadAsync(
        Guid id, HttpContext context, ISender sender, AttachmentLimits limits, CancellationToken cancellationToken)
    {
        // Who may add documents is known before a large body is read: as for every project write, a project the caller
        // may not open is not there (404), one they may open but not add to is refused (403).
        var project = await sender.Send(new GetProject(id), cancellationToken);
        if (project is null || project.IsDeleted)
        {
            return ApiProblems.NotFound(ProjectUrls.NotFound);
        }

        if (!project.Permissions.AddDocuments)
        {
            return ApiProblems.Forbidden("Only the project's editors and team add documents to it.");
        }

        return await FileUpload.ReceiveAsync(context.Request, limits, async file =>
        {
            Guid attachmentId;
            await using (var content = file.OpenReadStream())
            {
                attachmentId = await sender.Send(new AddProjectDocument(id, file.FileName, content), cancellationToken);
            }

            var added = (await sender.Send(new GetProject(id), cancellationToken))?.Documents.SingleOrDefault(item => item.Id == attachmentId);
            var url = ProjectUrls.Document(id, attachmentId);
            return TypedResults.Created(url, added is null ? null : AttachmentResource.Of(added, url));
        }, cancellationToken);
    }

    public static async Task<IResult> RemoveAsync(Guid id, Guid attachmentId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveProjectDocument(id, attachmentId), cancellationToken);
        return TypedResults.NoContent();
    }
}
