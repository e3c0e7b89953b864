using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel.Client;
using Duende.IdentityModel.OidcClient;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The OpenID Connect server on the real process, driven by a standard client library (Duende.IdentityModel.OidcClient)
/// with the demo clients seeded on the embedded default.
/// </summary>
public sealed class OpenIdConnectTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Author = "kaisa.kirjoittaja@karkola.example";
    private const string Spa = "practicenetwork-spa";
    private const string Integration = "practicenetwork-integration";
    private const string SpaRedirect = "http://127.0.0.1:7890/callback";
    private const string SpaPostLogout = "http://127.0.0.1:7890/";
    private const string Scopes = "openid profile email roles offline_access practicenetwork.api";

    private Uri Url(string path) => new(app.BaseAddress, path);

    [Fact]
    public async Task The_discovery_document_and_the_signing_keys_are_published()
    {
        using var http = new HttpClient();
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = app.BaseAddress.ToString(),
            Policy = { RequireHttps = false },
        });

        Assert.False(discovery.IsError, discovery.Error);
        Assert.Equal(Url("/").ToString(), discovery.Issuer);
        Assert.Equal(Url("/connect/authorize").ToString(), discovery.AuthorizeEndpoint);
        Assert.Equal(Url("/connect/token").ToString(), discovery.TokenEndpoint);
        Assert.Equal(Url("/connect/userinfo").ToString(), discovery.UserInfoEndpoint);
        Assert.Equal(Url("/connect/endsession").ToString(), discovery.EndSessionEndpoint);
        Assert.Equal(Url("/connect/revoke").ToString(), discovery.RevocationEndpoint);
        Assert.Equal(Url("/connect/introspect").ToString(), discovery.IntrospectionEndpoint);
        Assert.Equal(["S256"], discovery.CodeChallengeMethodsSupported);
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], discovery.GrantTypesSupported.Order());
        Assert.Contains("practicenetwork.api", discovery.ScopesSupported);
        Assert.Contains("pn_municipality", discovery.ClaimsSupported);

        var key = Assert.Single(discovery.KeySet!.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("sig", key.Use);
        Assert.False(string.IsNullOrEmpty(key.Kid));
    }

    [Fact]
    public async Task A_member_signs_in_with_code_and_PKCE_calls_the_API_refreshes_revokes_and_signs_out()
    {
        using var browser = new SignInBrowser(app.BaseAddress, Author, app.DemoPassword);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var validator = new JwksIdentityTokenValidator(http, Url("/.well-known/jwks"));
        var client = new OidcClient(new OidcClientOptions
        {
            Authority = app.BaseAddress.ToString(),
            ClientId = Spa,
            RedirectUri = SpaRedirect,
            PostLogoutRedirectUri = SpaPostLogout,
            Scope = Scopes,
            Browser = browser,
            IdentityTokenValidator = validator,
            LoadProfile = true,
            DisablePushedAuthorization = true,
            Policy = { Discovery = { RequireHttps = false } },
        });

        // Sign in: the authorize request sends the browser to /kirjaudu, and after signing in back with a code.
        var login = await client.LoginAsync();
        Assert.False(login.IsError, $"{login.Error}: {login.ErrorDescription} ({string.Join(" -> ", browser.Visited)})");
        Assert.Equal(1, browser.SignInsSubmitted);
        Assert.Contains(browser.Visited, url => url.Contains("/kirjaudu?ReturnUrl=%2Fconnect%2Fauthorize", StringComparison.Ordinal));
        Assert.True(validator.Validated > 0, "the identity token was checked against the JWKS");

        var karkola = await MunicipalityIdAsync("316");
        var personId = login.User.FindFirst("sub")!.Value;
        Assert.Equal("Kaisa Kirjoittaja", login.User.FindFirst("name")?.Value);
        Assert.Equal(Author, login.User.FindFirst("email")?.Value);
        Assert.Equal(karkola, login.User.FindFirst("pn_municipality")?.Value);

        // The access token is a JWT for the API, carrying the person and the acting municipality, nothing internal.
        var access = Jwt.Payload(login.AccessToken);
        Assert.Equal("practicenetwork-api", access.GetProperty("aud").GetString());
        Assert.Equal(personId, access.GetProperty("sub").GetString());
        Assert.Equal(karkola, access.GetProperty("pn_municipality").GetString());
        Assert.DoesNotContain("SecurityStamp", access.GetRawText(), StringComparison.OrdinalIgnoreCase);

        // The API acts for Kärkölä with the token alone.
        var members = await GetMembersAsync(login.AccessToken);
        Assert.Contains(members, member => member.GetProperty("personId").GetString() == personId);

        // Another client cannot read this person's token; the integration can read its own (see below).
        var foreign = await http.IntrospectTokenAsync(new TokenIntrospectionRequest
        {
            Address = "/connect/introspect",
            ClientId = Integration,
            ClientSecret = app.IntegrationSecret,
            Token = login.AccessToken,
        });
        Assert.False(foreign.IsError, foreign.Error);
        Assert.False(foreign.IsActive, foreign.Raw);

        // Userinfo answers for the token's person, claim by granted scope.
        var userInfo = await client.GetUserInfoAsync(login.AccessToken);
        Assert.False(userInfo.IsError, userInfo.Error);
        Assert.Equal(personId, userInfo.Claims.Single(claim => claim.Type == "sub").Value);
        Assert.Equal(Author, userInfo.Claims.Single(claim => claim.Type == "email").Value);

        // Refresh tokens roll: each use returns a new one, and the new access token works.
        var refreshed = await client.RefreshTokenAsync(login.RefreshToken);
        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
        Assert.NotEmpty(await GetMembersAsync(refreshed.AccessToken));

        // A revoked refresh token gets nothing more.
        var revoked = await http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = "/connect/revoke",
            ClientId = Spa,
            Token = refreshed.RefreshToken,
            TokenTypeHint = "refresh_token",
        });
        Assert.False(revoked.IsError, revoked.Error);
        var afterRevocation = await client.RefreshTokenAsync(refreshed.RefreshToken);
        Assert.True(afterRevocation.IsError);
        Assert.Equal("invalid_grant", afterRevocation.Error);

        // Signing out through the end-session endpoint with the id token ends the site's cookie session too.
        var logout = await client.LogoutAsync(new LogoutRequest { IdTokenHint = login.IdentityToken });
        Assert.False(logout.IsError, logout.Error);
        using var profile = await browser.Http.GetAsync(new Uri("/profiili", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.StartsWith("/kirjaudu", profile.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integration_uses_client_credentials_for_public_data_but_acts_for_no_municipality()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = "/connect/token",
            ClientId = Integration,
            ClientSecret = app.IntegrationSecret,
            Scope = "practicenetwork.api",
        });
        Assert.False(token.IsError, token.Error);
        Assert.Null(token.RefreshToken);
        Assert.Equal(Integration, Jwt.Payload(token.AccessToken!).GetProperty("sub").GetString());

        using var municipalities = await SendWithTokenAsync("/api/v1/municipalities?q=K%C3%A4rk", token.AccessToken!);
        Assert.Equal(HttpStatusCode.OK, municipalities.StatusCode);
        using var members = await SendWithTokenAsync("/api/v1/members", token.AccessToken!);
        Assert.Equal(HttpStatusCode.Forbidden, members.StatusCode);

        var introspection = await http.IntrospectTokenAsync(new TokenIntrospectionRequest
        {
            Address = "/connect/introspect",
            ClientId = Integration,
            ClientSecret = app.IntegrationSecret,
            Token = token.AccessToken!,
        });
        Assert.False(introspection.IsError, introspection.Error);
        Assert.True(introspection.IsActive);
        Assert.Equal(Integration, introspection.Claims.Single(claim => claim.Type == "client_id").Value);

        var wrongSecret = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = "/connect/token",
            ClientId = Integration,
            ClientSecret = "not-the-secret",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.HttpStatusCode);
        Assert.Contains("invalid_client", wrongSecret.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_rejects_tokens_it_did_not_issue_and_answers_anonymous_public_reads()
    {
        using var forged = await SendWithTokenAsync("/api/v1/members", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains(forged.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");

        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var anonymous = await http.GetAsync(new Uri("/api/v1/municipalities/316", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    private async Task<string> MunicipalityIdAsync(string code)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var details = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/municipalities/{code}", UriKind.Relative));
        return details.GetProperty("municipality").GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> GetMembersAsync(string accessToken)
    {
        using var response = await SendWithTokenAsync("/api/v1/members", accessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string path, string accessToken)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }
}
