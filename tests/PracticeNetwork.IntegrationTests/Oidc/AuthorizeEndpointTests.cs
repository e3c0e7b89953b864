using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Host.Oidc;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/connect/authorize refuses what OpenID Connect says it must, before anyone is asked to sign in.</summary>
public sealed class AuthorizeEndpointTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Registered = "https://app.example/callback";
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    [Fact]
    public async Task An_unregistered_redirect_URI_gets_an_error_page_never_a_redirect()
    {
        var clientId = await PublicClientAsync();

        using var response = await Client().GetAsync(AuthorizeUrl(clientId, "https://evil.example/callback", Challenge));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_request_without_PKCE_is_refused_and_issues_no_code()
    {
        var clientId = await PublicClientAsync();

        using var response = await Client().GetAsync(AuthorizeUrl(clientId, Registered, challenge: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_valid_request_from_someone_not_signed_in_goes_to_sign_in_and_comes_back()
    {
        var clientId = await PublicClientAsync();
        var url = AuthorizeUrl(clientId, Registered, Challenge);

        using var response = await Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kirjaudu", response.Headers.Location!.AbsolutePath);
        var returnUrl = QueryHelpers.ParseQuery(response.Headers.Location.Query)["ReturnUrl"].ToString();
        Assert.Equal(url, returnUrl);

        // The sign-in page lets its form lead on to the client's registered redirect URI (CSP form-action).
        using var signIn = await Client().GetAsync(response.Headers.Location);
        var csp = string.Join(' ', signIn.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self' https://app.example;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_names_no_origin_for_a_redirect_URI_the_client_did_not_register()
    {
        var clientId = await PublicClientAsync();
        var returnUrl = AuthorizeUrl(clientId, "https://evil.example/callback", Challenge);

        using var signIn = await Client().GetAsync("/kirjaudu?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var csp = string.Join(' ', signIn.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", csp, StringComparison.Ordinal);
    }

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string AuthorizeUrl(string clientId, string redirectUri, string? challenge) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["scope"] = "openid profile",
            ["redirect_uri"] = redirectUri,
            ["state"] = "st",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = challenge is null ? null : "S256",
        }.Where(pair => pair.Value is not null));

    private Task<string> PublicClientAsync() => factory.InScopeAsync(null, async services =>
        (await services.GetRequiredService<ClientRegistrations>().CreateAsync(
            new ClientRequest("Test app", ClientKind.Public, false, true, [new Uri(Registered)], []), CancellationToken.None)).ClientId);
}
