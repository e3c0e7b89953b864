using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>Downloads an attachment of a practice the reader may open (404 otherwise), as <see cref="AttachmentDownload"/> says.</summary>
public sealed class AttachmentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        await sender.Send(new OpenPracticeAttachment(id, attachmentId), cancellationToken) is { } attachment
            ? AttachmentDownload.ForPage(Response, attachment)
            : NotFound();
}
