using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// How every attachment download answers, from a page or the API: always as a download with the stored type, never
/// sniffed; only the files of an item open to everyone may be kept by caches (and are checked again before use).
/// </summary>
public static class AttachmentDownload
{
    public const string PublicCaching = "no-cache";

    public const string PrivateCaching = "private, no-store";

    /// <summary>The download for minimal APIs.</summary>
    public static IResult For(HttpResponse response, AttachmentContent attachment)
    {
        SetHeaders(response, attachment);
        // A download name sends "attachment" with both filename and the RFC 5987 filename* (UTF-8) forms.
        return TypedResults.Stream(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    /// <summary>The download for pages: the same headers, then the page's own <c>File(...)</c> with the same name and type.</summary>
    public static Microsoft.AspNetCore.Mvc.FileStreamResult ForPage(HttpResponse response, AttachmentContent attachment)
    {
        SetHeaders(response, attachment);
        return new Microsoft.AspNetCore.Mvc.FileStreamResult(attachment.Content, attachment.ContentType) { FileDownloadName = attachment.FileName };
    }

    private static void SetHeaders(HttpResponse response, AttachmentContent attachment)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(attachment);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = attachment.IsPublic ? PublicCaching : PrivateCaching;
    }
}
