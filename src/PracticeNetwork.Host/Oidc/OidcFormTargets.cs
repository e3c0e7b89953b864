using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using PracticeNetwork.Host.Infrastructure;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The sign-in form that continues an authorization request ends, after its redirects, at the client's redirect
/// URI; browsers check that last hop against the page's CSP form-action. So on /kirjaudu with a ReturnUrl to
/// /connect/authorize, the origin of the request's redirect URI is allowed there, but only when it is one that
/// the client registered.
/// </summary>
internal sealed class OidcFormTargets(RequestDelegate next)
{
    public const string SignInPath = "/kirjaudu";

    public async Task InvokeAsync(HttpContext context, IOpenIddictApplicationManager applications)
    {
        if (await RegisteredRedirectOriginAsync(context, applications) is { } origin)
        {
            Allow(context, origin);
        }

        await next(context);
    }

    /// <summary>Lets forms on this response's page lead to <paramref name="uri"/>'s origin.</summary>
    public static void Allow(HttpContext context, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(uri);
        context.Items[SecurityHeadersMiddleware.FormActionSourcesItem] = uri.GetLeftPart(UriPartial.Authority);
    }

    private static async Task<Uri?> RegisteredRedirectOriginAsync(HttpContext context, IOpenIddictApplicationManager applications)
    {
        string? returnUrl = context.Request.Query["ReturnUrl"];
        if (returnUrl is null && context.Request.HasFormContentType)
        {
            returnUrl = (await context.Request.ReadFormAsync(context.RequestAborted))["ReturnUrl"];
        }

        if (returnUrl is null || !returnUrl.StartsWith(OidcPaths.AbsoluteAuthorize + "?", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parameters = QueryHelpers.ParseQuery(returnUrl[returnUrl.IndexOf('?', StringComparison.Ordinal)..]);
        string? clientId = parameters["client_id"];
        string? redirectUri = parameters["redirect_uri"];
        if (clientId is null || redirectUri is null || !Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri)
            || await applications.FindByClientIdAsync(clientId, context.RequestAborted) is not { } application)
        {
            return null;
        }

        var registered = await applications.GetRedirectUrisAsync(application, context.RequestAborted);
        return registered.Contains(redirectUri, StringComparer.Ordinal) ? uri : null;
    }
}
