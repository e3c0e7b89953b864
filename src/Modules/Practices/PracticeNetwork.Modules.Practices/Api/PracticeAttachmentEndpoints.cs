using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>Adding and removing a practice's files (its editors only). Downloads are reads: <see cref="PracticeReadEndpoints"/>.</summary>
internal static class PracticeAttachmentEndpoints
{
    public static async Task<IResult> UploadAsync(
        Guid id, HttpContext context, ISender sender, ITenantContext tenant, AttachmentLimits limits, CancellationToken cancellationToken)
    {
        // Who may add files is known before a large body is read; another municipality's practice is not there to write to.
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null || practice.IsDeleted || practice.MunicipalityId != tenant.MunicipalityId)
        {
            return ApiProblems.NotFound(PracticeUrls.NotFound);
        }

        if (!practice.Permissions.CanEdit)
        {
            return ApiProblems.Forbidden("Only those who may edit the practice add files to it.");
        }

        return await FileUpload.ReceiveAsync(context.Request, limits, async file =>
        {
            Guid attachmentId;
            await using (var content = file.OpenReadStream())
            {
                attachmentId = await sender.Send(new AddPracticeAttachment(id, file.FileName, content), cancellationToken);
            }

            var added = (await sender.Send(new GetPractice(id), cancellationToken))?.Attachments.SingleOrDefault(item => item.Id == attachmentId);
            var url = PracticeUrls.Attachment(id, attachmentId);
            return TypedResults.Created(url, added is null ? null : AttachmentResource.Of(added, url));
        }, cancellationToken);
    }

    public static async Task<IResult> RemoveAsync(Guid id, Guid attachmentId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemovePracticeAttachment(id, attachmentId), cancellationToken);
        return TypedResults.NoContent();
    }
}
