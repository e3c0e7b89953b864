using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Modules.Notifications.Contracts;

namespace PracticeNetwork.Modules.Notifications.Pages;

/// <summary>The header's link to the notifications with the unread count (only what the reader may still open).</summary>
[ViewComponent(Name = ViewComponentName)]
public sealed class NotificationsBadgeViewComponent(ISender sender) : ViewComponent
{
    public const string ViewComponentName = "NotificationsBadge";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        return View(await sender.Send(new CountMyUnreadNotifications(), HttpContext.RequestAborted));
    }
}
