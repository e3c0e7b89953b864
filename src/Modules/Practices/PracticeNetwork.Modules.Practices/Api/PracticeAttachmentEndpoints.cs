using PracticeNetwork.Web.Api;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>Adding and removing a practice's files (its editors only). Downloads are reads: <see cref="PracticeReadEndpoints"/>.</summary>
internal static class PracticeAttachmentEndpoints
{
    public const string FileField = "file";

    /// <summary>Room for the multipart framing around a file of the largest allowed size.</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>What OpenAPI shows for the upload: one multipart field, <c>file</c>.</summary>
    internal sealed record UploadForm(IFormFile File);

    public static async Task<IResult> UploadAsync(
        Guid id, HttpContext context, ISender sender, ITenantContext tenant, AttachmentLimits limits, CancellationToken cancellationToken)
    {
        // Who may add files is known before a large body is read; another municipality's practice is not there to write to.
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null || practice.IsDeleted || practice.MunicipalityId != tenant.MunicipalityId)
        {
            return PracticeProblems.NotFound();
        }

        if (!practice.Permissions.CanEdit)
        {
            return PracticeProblems.Forbidden("Only those who may edit the practice add files to it.");
        }

        if (!context.Request.HasFormContentType)
        {
            return PracticeProblems.Invalid(FileField, "Send the file as multipart/form-data in the field \"file\".");
        }

        // A declared length over the limit is refused before reading; Kestrel stops an undeclared one at the same limit.
        if (context.Request.ContentLength > BodyLimit(limits))
        {
            return TooLarge(limits);
        }

        IFormCollection form;
        try
        {
            form = await FormBody.ReadAsync(context.Request, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }

        if (form.Files.GetFile(FileField) is not { } file)
        {
            return PracticeProblems.Invalid(FileField, "Choose a file.");
        }

        Guid attachmentId;
        await using (var content = file.OpenReadStream())
        {
            attachmentId = await sender.Send(new AddPracticeAttachment(id, file.FileName, content), cancellationToken);
        }

        var added = (await sender.Send(new GetPractice(id), cancellationToken))?.Attachments.SingleOrDefault(item => item.Id == attachmentId);
        var url = PracticeUrls.Attachment(id, attachmentId);
        return TypedResults.Created(url, added is null
            ? null
            : new PracticeAttachmentResource(added.Id, added.FileName, added.ContentType, added.Length, added.UploadedAt, url));
    }

    public static async Task<IResult> RemoveAsync(Guid id, Guid attachmentId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemovePracticeAttachment(id, attachmentId), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The shape of a validation problem (errors by field), with the status that says what happened.</summary>
    private static ProblemHttpResult TooLarge(AttachmentLimits limits) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [FileField] = [$"The file is larger than {SizeText(limits.MaxBytes)}."] },
        });

    private static string SizeText(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{Math.Max(1, bytes / 1024)} kB";

    /// <summary>The body limit for uploads: a little above the largest file, so that anything bigger stops early with 413.</summary>
    public static long BodyLimit(AttachmentLimits limits) => limits.MaxBytes + MultipartOverhead;
}
