using System.Net;
using System.Net.Http.Headers;
using Duende.IdentityModel.Client;

namespace PracticeNetwork.EndToEndTests;

/// <summary>On the embedded default the server's keys are kept in the data folder, so tokens outlive a restart.</summary>
public sealed class OidcKeysTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Tokens_issued_before_a_restart_are_still_accepted_after_it()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = "/connect/token",
            ClientId = "practicenetwork-integration",
            ClientSecret = app.IntegrationSecret,
            Scope = "practicenetwork.api",
        });
        Assert.False(token.IsError, token.Error);
        var jwksBefore = await http.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative));
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "oidc-keys", "signing.pfx")));
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "oidc-keys", "encryption.pfx")));

        await app.RestartAsync();

        Assert.Equal(jwksBefore, await http.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative)));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/members", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var response = await http.SendAsync(request);
        // Accepted as the integration (403: it acts for no municipality), not rejected as unknown (401).
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
