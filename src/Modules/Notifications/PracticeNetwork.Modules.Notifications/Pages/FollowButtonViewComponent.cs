using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Modules.Notifications.Contracts;

namespace PracticeNetwork.Modules.Notifications.Pages;

/// <summary>Follow or unfollow, as a form that works without JavaScript; nothing for anonymous readers.</summary>
[ViewComponent(Name = FollowButton.ViewComponent)]
public sealed class FollowButtonViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(FollowButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var following = await sender.Send(new IsFollowing(button.Kind, button.Key), HttpContext.RequestAborted);
        return View(new FollowButtonState(button, following, Request.Path + Request.QueryString));
    }
}

public sealed record FollowButtonState(FollowButton Button, bool Following, string ReturnUrl);
