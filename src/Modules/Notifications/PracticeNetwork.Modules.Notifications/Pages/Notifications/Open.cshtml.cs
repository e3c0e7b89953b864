using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Notifications;

/// <summary>Opens a notification: marks it read and goes to its item; 404 when it is not the reader's or no longer visible.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class OpenModel(Inbox inbox) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await inbox.OpenAsync(id, cancellationToken) is { } item ? LocalRedirect(item.Path) : NotFound();
}
