using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Follows;

/// <summary>Where every follow button posts: follows or unfollows, then back to the page the button was on.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class FollowActionModel(ISender sender) : PageModel
{
    /// <summary>Nothing to show: the buttons post here. Home, as other form-only addresses do.</summary>
    public IActionResult OnGet() => Redirect("/");

    public Task<IActionResult> OnPostFollowAsync(FollowKind kind, string key, string? returnUrl, CancellationToken cancellationToken) =>
        ActAsync(new Follow(kind, key), returnUrl, cancellationToken);

    public Task<IActionResult> OnPostUnfollowAsync(FollowKind kind, string key, string? returnUrl, CancellationToken cancellationToken) =>
        ActAsync(new Unfollow(kind, key), returnUrl, cancellationToken);

    private async Task<IActionResult> ActAsync(ICommand command, string? returnUrl, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }

        return LocalRedirect(NotificationsWeb.LocalOr(returnUrl, NotificationsWeb.Follows));
    }
}
