using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// The default scheme until the Identity module brings cookie and bearer sign-in: nobody is signed in,
/// a challenge is a plain 401 and a forbid a plain 403, so protected endpoints answer instead of failing.
/// </summary>
internal sealed class NoSignInYetAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, System.Text.Encodings.Web.UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "NoSignInYet";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
