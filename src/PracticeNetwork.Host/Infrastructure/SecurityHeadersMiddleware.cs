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
                headers.ContentSecurityPolicy = context.Items[FormActionSourcesItem] is string { Length: > 0 } formTargets
                    ? ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + formTargets, StringComparison.Ordinal)
                    : ContentSecurityPolicy;
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
