using Mediator;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Server.AspNetCore;
using PracticeNetwork.Modules.Identity.Contracts;

namespace PracticeNetwork.Host.Pages.Connect;

/// <summary>
/// The OpenID Connect end-session endpoint (OpenIddict has validated the request and its
/// post_logout_redirect_uri). A client that proves who is signed in (an id_token_hint of that person) signs them
/// out at once; otherwise the person confirms with a form, so that no link on another site can sign anyone out.
/// </summary>
public sealed class EndSessionModel(SignInManager<Modules.Identity.Domain.Account> signInManager, ISender sender) : PageModel
{
    private static readonly HashSet<string> Forwarded = new(StringComparer.Ordinal)
    {
        "id_token_hint", "post_logout_redirect_uri", "state", "client_id", "ui_locales", "logout_hint",
    };

    /// <summary>The request's parameters, carried through the confirmation form.</summary>
    public IReadOnlyList<(string Name, string Value)> Parameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Complete();
        }

        var hint = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var hintSubject = hint.Principal?.FindFirstValue(PracticeNetworkClaims.Subject);
        if (hintSubject is not null && hintSubject == User.FindFirstValue(PracticeNetworkClaims.Subject))
        {
            return await SignOutAndCompleteAsync();
        }

        // OpenIddict has checked that the post_logout_redirect_uri is the client's; the confirmation form leads there.
        if (Uri.TryCreate(Request.Query["post_logout_redirect_uri"], UriKind.Absolute, out var target))
        {
            Oidc.OidcFormTargets.Allow(HttpContext, target);
        }

        Parameters = [.. Request.Query
            .Where(pair => Forwarded.Contains(pair.Key))
            .SelectMany(pair => pair.Value.Select(value => (pair.Key, value ?? string.Empty)))];
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => SignOutAndCompleteAsync();

    private async Task<IActionResult> SignOutAndCompleteAsync()
    {
        var personId = User.FindFirstValue(PracticeNetworkClaims.Subject);
        await signInManager.SignOutAsync();
        if (Guid.TryParse(personId, out var id))
        {
            await sender.Send(new RecordAudit(AuditActions.SignedOut, id, id.ToString(), Details: "end-session endpoint"));
        }
        return Complete();
    }

    /// <summary>Lets OpenIddict redirect to the client's post_logout_redirect_uri, or home when none was given.</summary>
    private SignOutResult Complete() =>
        SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
