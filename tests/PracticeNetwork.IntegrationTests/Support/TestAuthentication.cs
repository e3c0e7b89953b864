using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// A quick way to act as any person in a test without an account: a request names its person and acting municipality
/// in headers, which become the same claims the real sign-in will issue.
/// </summary>
internal sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string PersonHeader = "X-Test-Person";
    public const string MunicipalityHeader = "X-Test-Municipality";
    public const string LanguageHeader = "X-Test-Language";
    public const string RoleHeader = "X-Test-Role";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PersonHeader, out var person))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new("sub", person.ToString()) };
        if (Request.Headers.TryGetValue(MunicipalityHeader, out var municipality))
        {
            claims.Add(new Claim("pn_municipality", municipality.ToString()));
        }

        if (Request.Headers.TryGetValue(LanguageHeader, out var language))
        {
            claims.Add(new Claim("locale", language.ToString()));
        }

        if (Request.Headers.TryGetValue(RoleHeader, out var role))
        {
            claims.Add(new Claim("role", role.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "name", "role"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
