using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// Receiving one file for an item (multipart/form-data, field <c>file</c>): the endpoint checks who may add it first,
/// then this reads the body within the attachment limit and hands the file on. The module checks type and content.
/// </summary>
public static class FileUpload
{
    public const string Field = "file";

    /// <summary>Room for the multipart framing around a file of the largest allowed size.</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>What OpenAPI shows for the upload: one multipart field, <c>file</c>.</summary>
    public sealed record Form(IFormFile File);

    /// <summary>The body limit for uploads: a little above the largest file, so that anything bigger stops early with 413.</summary>
    public static long BodyLimit(AttachmentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limits.MaxBytes + MultipartOverhead;
    }

    /// <summary>Documents the multipart body and 413, and gives Kestrel the body limit to enforce on undeclared lengths.</summary>
    public static RouteHandlerBuilder AcceptsFileUpload(this RouteHandlerBuilder endpoint, AttachmentLimits limits) => endpoint
        .WithRequestBody<Form>("multipart/form-data")
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .WithMetadata(new RequestSizeLimitAttribute(BodyLimit(limits)));

    /// <summary>
    /// Reads the file and answers with <paramref name="store"/>'s result; a body that is not multipart, has no file or
    /// is too large is answered here, naming <c>file</c>.
    /// </summary>
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, AttachmentLimits limits, Func<IFormFile, Task<IResult>> store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        if (!request.HasFormContentType)
        {
            return ApiProblems.Invalid(Field, "Send the file as multipart/form-data in the field \"file\".");
        }

        // A declared length over the limit is refused before reading; Kestrel stops an undeclared one at the same limit.
        if (request.ContentLength > BodyLimit(limits))
        {
            return TooLarge(limits);
        }

        IFormCollection form;
        try
        {
            form = await FormBody.ReadAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits);
        }

        return form.Files.GetFile(Field) is { } file
            ? await store(file)
            : ApiProblems.Invalid(Field, "Choose a file.");
    }

    /// <summary>The shape of a validation problem (errors by field), with the status that says what happened.</summary>
    private static ProblemHttpResult TooLarge(AttachmentLimits limits) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [Field] = [$"The file is larger than {SizeText(limits.MaxBytes)}."] },
        });

    private static string SizeText(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{Math.Max(1, bytes / 1024)} kB";
}
