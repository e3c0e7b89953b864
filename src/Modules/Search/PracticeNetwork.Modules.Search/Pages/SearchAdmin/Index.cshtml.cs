using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Search.Pages.SearchAdmin;

/// <summary>For network admins: this server's search index (size, age, lag per content type) and a rebuild from the database.</summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Route = "/verkosto/haku";

    // The folder is not "Admin": another module's Pages/Admin/Index.cshtml would share the view path.

    public SearchIndexStatus Status { get; private set; } = null!;

    public bool RebuildRequested { get; private set; }

    public async Task OnGetAsync(bool rebuild, CancellationToken cancellationToken)
    {
        RebuildRequested = rebuild;
        Status = await sender.Send(new GetSearchIndexStatus(), cancellationToken);
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RebuildSearchIndex(), cancellationToken);
        return RedirectToPage(new { rebuild = true });
    }
}
