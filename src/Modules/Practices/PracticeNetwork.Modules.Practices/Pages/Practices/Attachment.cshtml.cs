using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Downloads an attachment of a practice the reader may open (404 otherwise): always as a download with the stored
/// type, never sniffed; only a public practice's files may be kept by caches (and checked again before use).
/// </summary>
public sealed class AttachmentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetPractice(id), cancellationToken) is not { } practice
            || await sender.Send(new OpenPracticeAttachment(id, attachmentId), cancellationToken) is not { } attachment)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = IsPublic(practice) ? "no-cache" : "private, no-store";
        // File(...) with a name sends "attachment" with both filename and the RFC 5987 filename* (UTF-8) forms.
        return File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private static bool IsPublic(PracticeDetails practice) =>
        !practice.IsDeleted && practice.Content.Audience == Audience.Public
        && practice.Status is PublicationStatus.Published or PublicationStatus.Archived;
}
