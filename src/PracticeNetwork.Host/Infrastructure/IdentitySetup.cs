using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Identity;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Cookie sign-in for the web UI on top of the Identity module, and the rate limits that protect it.</summary>
internal static class IdentitySetup
{
    public const string SignInRateLimit = "sign-in";
    public const string CookieName = ".PracticeNetwork.Auth";

    public static IServiceCollection AddPracticeNetworkIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityModule();
        services.AddScoped<MemberSignIn>();
        services.AddScoped<SessionRevocation>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/kirjaudu";
            options.LogoutPath = "/kirjaudu-ulos";
            options.AccessDeniedPath = "/virhe/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // API callers get status codes, not redirects to the sign-in page. A forbidden page answers 403
            // where it was asked for (the status code pages render the explanation), rather than redirecting.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
            // The acting municipality is chosen at sign-in; keep it when the cookie is refreshed.
            options.OnRefreshingPrincipal = context =>
            {
                var acting = context.CurrentPrincipal?.FindFirst(PracticeNetworkClaims.ActingMunicipality);
                if (acting is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(acting.Type, acting.Value));
                }

                return Task.CompletedTask;
            };
        });

        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Only attempts count (POST); showing the form is free.
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("show-form")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress.PartitionKey(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
