using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Modules.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The OpenID Connect server (OpenIddict) on the Identity module's DbContext, bearer-token validation for
/// <c>/api</c>, and the default authentication scheme that picks between the two kinds of caller:
/// the sign-in cookie for pages, our own access tokens for the API.
/// </summary>
internal static class OidcSetup
{
    /// <summary>The default scheme: forwards to the bearer-token scheme on /api and to the Identity cookie elsewhere.</summary>
    public const string DefaultScheme = "CookieOrBearer";

    public static IServiceCollection AddPracticeNetworkOidc(
        this IServiceCollection services, IConfiguration configuration, StorageSettings storage, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var settings = OidcSettings.From(configuration, environment, storage);
        services.AddSingleton(settings);
        services.AddScoped<OidcIdentities>();
        services.AddScoped<ClientRegistrations>();
        services.AddScoped<DemoClients>();

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris(OidcPaths.Authorize)
                    .SetTokenEndpointUris(OidcPaths.Token)
                    .SetUserInfoEndpointUris(OidcPaths.UserInfo)
                    .SetEndSessionEndpointUris(OidcPaths.EndSession)
                    .SetRevocationEndpointUris(OidcPaths.Revoke)
                    .SetIntrospectionEndpointUris(OidcPaths.Introspect);

                // Authorization code always with PKCE (public and confidential clients alike), rolling refresh
                // tokens (the OpenIddict default: every use returns a new one and redeems the old), client credentials.
                options.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // S256 only: the "plain" method would send the verifier itself through the browser.
                options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                options.RegisterScopes(
                    Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, OidcScopes.Api);
                options.RegisterClaims(
                    Claims.Subject, Claims.Name, Claims.Email, Claims.EmailVerified, Claims.Role, Claims.Locale,
                    OidcScopes.ActingMunicipalityClaim);

                options.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5));

                // Access tokens are signed JWTs (RFC 9068), not encrypted: see docs/adr/0005.
                // Authorization codes and refresh tokens stay encrypted; only this server reads them.
                options.DisableAccessTokenEncryption();

                if (settings.Issuer is { } issuer)
                {
                    options.SetIssuer(issuer);
                }

                if (settings.EphemeralKeys)
                {
                    options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                }

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (settings.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
                // The API accepts only tokens issued for it (those granted the practicenetwork.api scope),
                // and only while their entry in the database is still valid: revoked tokens and tokens of
                // deleted clients stop working at once.
                options.AddAudiences(OidcScopes.ApiResource);
                options.EnableTokenEntryValidation();
                options.EnableAuthorizationEntryValidation();
            });

        if (!settings.EphemeralKeys)
        {
            services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OidcKeys>();
        }

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = DefaultScheme;
                options.DefaultAuthenticateScheme = DefaultScheme;
                options.DefaultChallengeScheme = DefaultScheme;
                options.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, "Sign-in cookie for pages, bearer token for /api", options =>
                options.ForwardDefaultSelector = SelectScheme);
        return services;
    }

    /// <summary>
    /// /api accepts only our bearer tokens (a sign-in cookie never authenticates an API call, so no other site
    /// can ride on it); everything else uses the sign-in cookie.
    /// </summary>
    public static string SelectScheme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>
    /// Call right after <c>UseRouting</c> (before authentication, where OpenIddict checks client secrets):
    /// rate-limits the endpoints that authenticate clients, lets the sign-in form continue to a client's
    /// registered redirect URI (<see cref="OidcFormTargets"/>), maps the passthrough endpoints, and checks the
    /// signing and encryption keys now rather than at the first sign-in.
    /// </summary>
    public static WebApplication UsePracticeNetworkOidc(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue;
        var settings = app.Services.GetRequiredService<OidcSettings>();
        app.UseWhen(IsClientAuthenticatingEndpoint, limited => limited.UseRateLimiter(TokenRateLimiter(settings.TokenRequestsPerMinute)));
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(OidcFormTargets.SignInPath, StringComparison.OrdinalIgnoreCase),
            signIn => signIn.UseMiddleware<OidcFormTargets>());
        app.MapOidcEndpoints();
        return app;
    }

    private static bool IsClientAuthenticatingEndpoint(HttpContext context) =>
        context.Request.Path.StartsWithSegments(OidcPaths.AbsoluteToken, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(OidcPaths.AbsoluteIntrospect, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(OidcPaths.AbsoluteRevoke, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A fixed window per client address over the token, introspection and revocation endpoints, which all check
    /// client secrets (a deliberately slow hash). Its own limiter, apart from the sign-in form's policy.
    /// </summary>
    private static RateLimiterOptions TokenRateLimiter(int permitsPerMinute)
    {
        var options = new RateLimiterOptions
        {
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                Infrastructure.ClientAddress.PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })),
        };
        options.OnRejected = async (context, cancellationToken) =>
        {
            var response = context.HttpContext.Response;
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                : 60;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            // A body of its own, so the status code pages do not answer a machine client with an HTML page.
            await response.WriteAsJsonAsync(
                new Dictionary<string, string>
                {
                    ["error"] = "rate_limited",
                    ["error_description"] = $"Too many requests from this address; retry after {seconds} seconds.",
                },
                cancellationToken);
        };
        return options;
    }
}

/// <summary>Where the OpenID Connect endpoints live (OpenIddict takes them without the leading slash).</summary>
internal static class OidcPaths
{
    public const string Authorize = "connect/authorize";
    public const string Token = "connect/token";
    public const string UserInfo = "connect/userinfo";
    public const string EndSession = "connect/endsession";
    public const string Revoke = "connect/revoke";
    public const string Introspect = "connect/introspect";

    public const string AbsoluteAuthorize = "/" + Authorize;
    public const string AbsoluteToken = "/" + Token;
    public const string AbsoluteUserInfo = "/" + UserInfo;
    public const string AbsoluteRevoke = "/" + Revoke;
    public const string AbsoluteIntrospect = "/" + Introspect;
}

/// <summary>Our own scope, its resource (the audience of API tokens), and our own claim.</summary>
internal static class OidcScopes
{
    public const string Api = "practicenetwork.api";
    public const string ApiResource = "practicenetwork-api";
    public const string ActingMunicipalityClaim = Modules.Identity.Contracts.PracticeNetworkClaims.ActingMunicipality;
}

/// <summary>The <c>Oidc:*</c> settings.</summary>
internal sealed record OidcSettings(
    bool EphemeralKeys,
    bool AllowHttp,
    Uri? Issuer,
    int TokenRequestsPerMinute,
    TimeSpan AccessTokenLifetime,
    TimeSpan RefreshTokenLifetime,
    CertificateSettings? SigningCertificate,
    CertificateSettings? EncryptionCertificate,
    bool IsEmbedded,
    string KeysFolder)
{
    public const string KeysFolderName = "oidc-keys";

    public static OidcSettings From(IConfiguration configuration, IHostEnvironment environment, StorageSettings storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(storage);
        var issuer = configuration["Oidc:Issuer"];
        var database = DatabaseSettings.From(configuration, storage.DataFolder);
        return new OidcSettings(
            EphemeralKeys: configuration.GetValue("Oidc:EphemeralKeys", false),
            // Plain HTTP only on a developer machine, in tests, or when explicitly allowed (loopback end-to-end runs).
            AllowHttp: environment.IsDevelopment() || environment.IsEnvironment("Testing") || configuration.GetValue("Oidc:AllowHttp", false),
            Issuer: string.IsNullOrWhiteSpace(issuer) ? null : new Uri(issuer, UriKind.Absolute),
            TokenRequestsPerMinute: configuration.GetValue("RateLimiting:TokenPerMinute", 30),
            AccessTokenLifetime: TimeSpan.FromMinutes(configuration.GetValue("Oidc:AccessTokenMinutes", 30)),
            RefreshTokenLifetime: TimeSpan.FromDays(configuration.GetValue("Oidc:RefreshTokenDays", 14)),
            SigningCertificate: CertificateSettings.From(configuration.GetSection("Oidc:SigningCertificate")),
            EncryptionCertificate: CertificateSettings.From(configuration.GetSection("Oidc:EncryptionCertificate")),
            IsEmbedded: database.IsEmbedded,
            KeysFolder: Path.Combine(storage.DataFolder, KeysFolderName));
    }
}

/// <summary>A PFX file and its password (<c>Path</c>, <c>Password</c>).</summary>
internal sealed record CertificateSettings(string Path, string? Password)
{
    public static CertificateSettings? From(IConfigurationSection section) =>
        section["Path"] is { Length: > 0 } path ? new CertificateSettings(path, section["Password"]) : null;
}
