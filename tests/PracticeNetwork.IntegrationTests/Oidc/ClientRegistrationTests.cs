using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/verkosto/asiakkaat: network admins register and delete OpenID Connect clients; nobody else can.</summary>
public sealed class ClientRegistrationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string ListPath = "/verkosto/asiakkaat";
    private const string CreatePath = "/verkosto/asiakkaat/uusi";

    [Fact]
    public async Task A_network_admin_registers_a_confidential_client_and_sees_its_secret_once()
    {
        var admin = NetworkAdmin();
        var name = "Kirjastojärjestelmä " + Guid.NewGuid().ToString("N")[..6];

        var created = await PostFormAsync(admin, new()
        {
            ["DisplayName"] = name,
            ["Kind"] = "Confidential",
            ["ClientCredentials"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, created.Response.StatusCode);
        Assert.Contains("no-store", created.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var clientId = created.Document.QuerySelector("[data-client-id]")!.TextContent.Trim();
        var secret = created.Document.QuerySelector("[data-client-secret]")!.TextContent.Trim();
        Assert.StartsWith("pn-", clientId, StringComparison.Ordinal);
        Assert.True(secret.Length >= 43, "a 256-bit secret");

        var listHtml = await admin.GetStringAsync(ListPath);
        var row = (await Html.ParseAsync(listHtml)).QuerySelector($"tr[data-client-id='{clientId}']")!;
        Assert.Equal(name, row.QuerySelector("th")!.TextContent.Trim());
        Assert.DoesNotContain(secret, listHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await admin.GetStringAsync(CreatePath), StringComparison.Ordinal);

        // The secret works: the client gets a token for itself, and the API accepts it (as no municipality).
        var token = await ClientCredentialsTokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.Forbidden, await MembersStatusWithTokenAsync(token));
    }

    [Fact]
    public async Task Deleting_a_client_lists_it_no_more_and_its_tokens_stop_working()
    {
        var admin = NetworkAdmin();
        var created = await PostFormAsync(admin, new()
        {
            ["DisplayName"] = "Poistettava " + Guid.NewGuid().ToString("N")[..6],
            ["Kind"] = "Confidential",
            ["ClientCredentials"] = "true",
        });
        var clientId = created.Document.QuerySelector("[data-client-id]")!.TextContent.Trim();
        var token = await ClientCredentialsTokenAsync(clientId, created.Document.QuerySelector("[data-client-secret]")!.TextContent.Trim());

        var list = await admin.GetDocumentAsync(ListPath);
        var form = list.QuerySelector($"tr[data-client-id='{clientId}'] form")!;
        using var deleted = await admin.PostAsync(
            new Uri(form.GetAttribute("action")!, UriKind.Relative),
            new FormUrlEncodedContent(HiddenFields(form)));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(clientId, await admin.GetStringAsync(ListPath), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await MembersStatusWithTokenAsync(token));
    }

    [Fact]
    public async Task A_public_client_gets_no_secret_and_keeps_its_redirect_URIs()
    {
        var admin = NetworkAdmin();
        var created = await PostFormAsync(admin, new()
        {
            ["DisplayName"] = "Mobiilisovellus",
            ["Kind"] = "Public",
            ["RedirectUris"] = "https://app.example/callback\r\nhttp://127.0.0.1:8123/callback",
            ["PostLogoutRedirectUris"] = "https://app.example/",
        });

        var clientId = created.Document.QuerySelector("[data-client-id]")!.TextContent.Trim();
        Assert.Null(created.Document.QuerySelector("[data-client-secret]"));
        var row = (await admin.GetDocumentAsync(ListPath)).QuerySelector($"tr[data-client-id='{clientId}']")!;
        Assert.Contains("https://app.example/callback", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8123/callback", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://app.example/callback")]
    [InlineData("https://app.example/callback#token")]
    [InlineData("/callback")]
    [InlineData("javascript:alert(1)")]
    public async Task An_unacceptable_redirect_URI_gets_a_field_error_and_no_client(string redirectUri)
    {
        var admin = NetworkAdmin();
        var before = await admin.GetStringAsync(ListPath);

        var result = await PostFormAsync(admin, new()
        {
            ["DisplayName"] = "Virheellinen",
            ["Kind"] = "Public",
            ["RedirectUris"] = redirectUri,
        });

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Null(result.Document.QuerySelector("[data-client-id]"));
        var error = result.Document.QuerySelector("#RedirectUris-error")!;
        Assert.Contains(redirectUri, error.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", result.Document.QuerySelector("#RedirectUris")!.GetAttribute("aria-invalid"));
        Assert.NotNull(result.Document.QuerySelector(".error-summary a[href='#RedirectUris']"));
        Assert.Equal(CountRows(before), CountRows(await admin.GetStringAsync(ListPath)));
    }

    [Fact]
    public async Task A_confidential_client_needs_a_grant_type_and_a_name()
    {
        var result = await PostFormAsync(NetworkAdmin(), new() { ["DisplayName"] = " ", ["Kind"] = "Confidential" });

        Assert.NotNull(result.Document.QuerySelector("#DisplayName-error"));
        Assert.NotNull(result.Document.QuerySelector("#ClientCredentials-error"));
        Assert.Null(result.Document.QuerySelector("[data-client-id]"));
    }

    [Fact]
    public async Task A_municipality_admin_is_refused()
    {
        var member = await factory.NewMemberAsync("316", MunicipalityRoles.MunicipalityAdmin);
        using var client = factory.ClientFor(member.PersonId, member.MunicipalityId);

        using var list = await client.GetAsync(ListPath);
        using var create = await client.GetAsync(CreatePath);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(ListPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kirjaudu", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fverkosto%2Fasiakkaat", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    private HttpClient NetworkAdmin()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, Guid.NewGuid().ToString());
        client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, "NetworkAdmin");
        return client;
    }

    /// <summary>Fills in the create form as a browser would: its antiforgery token plus <paramref name="fields"/>.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Document)> PostFormAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(CreatePath);
        var form = page.QuerySelector("form.stacked-form")!;
        var values = HiddenFields(form);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var response = await client.PostAsync(new Uri(CreatePath, UriKind.Relative), new FormUrlEncodedContent(values));
        return (response, await Html.ParseAsync(response));
    }

    private static Dictionary<string, string> HiddenFields(IElement form) =>
        form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? string.Empty);

    private static int CountRows(string html) => html.Split("data-client-id=", StringSplitOptions.None).Length;

    private async Task<string> ClientCredentialsTokenAsync(string clientId, string secret)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "practicenetwork.api",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpStatusCode> MembersStatusWithTokenAsync(string token)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/members");
        return response.StatusCode;
    }
}
