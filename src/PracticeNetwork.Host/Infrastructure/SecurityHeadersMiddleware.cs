namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Security headers on every response. Scripts and styles only from our own origin: no inline script.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// <c>HttpContext.Items</c> key: extra origins (space-separated) that a form on this page may end up at. Browsers
    /// apply form-action to the redirects after a post too, so the sign-in form that continues an OpenID Connect
    /// request, and the sign-out confirmation, must name the client's registered redirect URI's origin.
    /// </summary>
    public const string FormActionSourcesItem = "PracticeNetwork.Csp.FormActionSources";

    /// <summary>
    /// <c>HttpContext.Items</c> key: a one-time nonce for the script elements of this response (the API reference at
    /// /api/docs, whose page starts its bundled script with an inline module). Only that element runs; injected inline
    /// script still cannot.
    /// </summary>
    public const string ScriptNonceItem = "PracticeNetwork.Csp.ScriptNonce";

    /// <summary>
    /// <c>HttpContext.Items</c> key: set (to true) by a page whose script must inject its own style elements (the API
    /// reference's bundle does; it works without inline styles nowhere). Styles cannot run script, and such a page
    /// shows no user content, so this is the one relaxation; the app's own pages never set it.
    /// </summary>
    public const string InlineStylesItem = "PracticeNetwork.Csp.InlineStyles";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The Hangfire dashboard ships inline scripts; it is admin-only and keeps its own relaxed policy.
            if (!context.Request.Path.StartsWithSegments("/jobs", StringComparison.OrdinalIgnoreCase))
            {
                var policy = context.Items[FormActionSourcesItem] is string { Length: > 0 } formTargets
                    ? ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + formTargets, StringComparison.Ordinal)
                    : ContentSecurityPolicy;
                if (context.Items[ScriptNonceItem] is string { Length: > 0 } nonce)
                {
                    policy = policy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
                }

                if (context.Items[InlineStylesItem] is true)
                {
                    policy = policy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
                }

                headers.ContentSecurityPolicy = policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
