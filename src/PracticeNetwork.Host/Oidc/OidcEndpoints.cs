using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The passthrough endpoints: OpenIddict has already validated each request (client, redirect URI, PKCE,
/// scopes, secrets) before it gets here; these decide who the tokens are for. The end-session endpoint is
/// the Razor Page <c>Pages/Connect/EndSession</c>, because it may have to ask the person to confirm.
/// </summary>
internal static class OidcEndpoints
{
    public static IEndpointRouteBuilder MapOidcEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(OidcPaths.AbsoluteAuthorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        app.MapPost(OidcPaths.AbsoluteToken, TokenAsync).ExcludeFromDescription();
        app.MapMethods(OidcPaths.AbsoluteUserInfo, [HttpMethods.Get, HttpMethods.Post], UserInfoAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Issues a code for the person signed in with the cookie, acting for the municipality they chose there.
    /// Not signed in: off to the sign-in page, and back here afterwards. Clients are registered by network admins,
    /// so consent is implicit.
    /// </summary>
    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<Account> users, OidcIdentities identities, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;

        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Error(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back to this request after signing in, without prompt=login so that it is not asked again.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = ReturnUrl(context, without: Parameters.Prompt) },
                [IdentityConstants.ApplicationScheme]);
        }

        if (!await identities.CanIssueTokensAsync(account))
        {
            return Error(Errors.AccessDenied, "The account cannot sign in.");
        }

        var identity = await identities.ForPersonAsync(
            account, cookie.Principal!.FindFirstValue(PracticeNetworkClaims.ActingMunicipality), request.GetScopes(), template: null, cancellationToken);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Code and refresh token: the person again, read afresh (a locked-out or deleted account gets no more tokens).
    /// Client credentials: the client itself, with no person and no municipality.
    /// </summary>
    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<Account> users, OidcIdentities identities,
        IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
                ?? throw new InvalidOperationException("The client was authenticated but cannot be found.");
            var identity = OidcIdentities.ForClient(
                request.ClientId!, await applications.GetDisplayNameAsync(application, cancellationToken), request.GetScopes());
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var account = stored?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (stored is null || account is null || !await identities.CanIssueTokensAsync(account))
            {
                return Error(Errors.InvalidGrant, "The account can no longer sign in.");
            }

            var identity = await identities.ForPersonAsync(
                account, stored.GetClaim(PracticeNetworkClaims.ActingMunicipality), stored.GetScopes(), stored, cancellationToken);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Error(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>The person behind an access token, claim by granted scope (standard claim names).</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<Account> users)
    {
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var account = principal?.GetClaim(Claims.Subject) is { } subject && Guid.TryParse(subject, out _)
            ? await users.FindByIdAsync(subject)
            : null;
        if (principal is null || account is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The access token does not belong to a person.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = account.Id.ToString() };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = account.DisplayName;
            if (account.PreferredLanguage is { Length: > 0 } language)
            {
                claims[Claims.Locale] = language;
            }

            if (principal.GetClaim(PracticeNetworkClaims.ActingMunicipality) is { } acting)
            {
                claims[PracticeNetworkClaims.ActingMunicipality] = acting;
            }
        }

        if (principal.HasScope(Scopes.Email) && account.Email is { } email)
        {
            claims[Claims.Email] = email;
            claims[Claims.EmailVerified] = account.EmailConfirmed;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = await users.GetRolesAsync(account);
        }

        return Results.Ok(claims);
    }

    private static IResult Error(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>This request as a local URL (query or form parameters), less <paramref name="without"/>.</summary>
    private static string ReturnUrl(HttpContext context, string without)
    {
        var parameters = context.Request.HasFormContentType
            ? context.Request.Form.Select(pair => pair)
            : context.Request.Query.Select(pair => pair);
        var query = QueryString.Create(parameters
            .Where(pair => !string.Equals(pair.Key, without, StringComparison.Ordinal))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value))));
        return context.Request.PathBase + context.Request.Path + query;
    }
}
