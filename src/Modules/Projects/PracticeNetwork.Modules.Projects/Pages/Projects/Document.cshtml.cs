using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>Downloads a document of a project the reader may open (404 otherwise), as <see cref="AttachmentDownload"/> says.</summary>
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        await sender.Send(new OpenProjectDocument(id, attachmentId), cancellationToken) is { } document
            ? AttachmentDownload.ForPage(Response, document)
            : NotFound();
}
