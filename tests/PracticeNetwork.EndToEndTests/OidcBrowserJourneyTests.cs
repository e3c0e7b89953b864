using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>The OpenID Connect browser legs in a real browser, under the site's Content Security Policy.</summary>
public sealed class OidcBrowserJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string Callback = "http://127.0.0.1:7890/callback";

    [Fact]
    public async Task A_browser_app_sends_a_member_to_sign_in_and_gets_a_code_it_can_redeem_with_its_PKCE_verifier()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        await page.GotoAsync("/connect/authorize?client_id=practicenetwork-spa&response_type=code&scope=openid%20profile%20practicenetwork.api" +
            $"&redirect_uri={Uri.EscapeDataString(Callback)}&code_challenge={challenge}&code_challenge_method=S256&state=s1");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kirjaudu\\?ReturnUrl="));
        await page.AssertNoViolationsAsync();
        await page.Locator("input[name=Email]").FillAsync("eija.tarkastaja@espoo.example");
        await page.Locator("input[name=Password]").FillAsync(app.DemoPassword);
        var callback = await page.RunAndWaitForRequestAsync(
            () => page.Locator("form.stacked-form button[type=submit]").ClickAsync(),
            request => request.Url.StartsWith(Callback, StringComparison.Ordinal));

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(callback.Url).Query);
        Assert.Equal("s1", query["state"].ToString());
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var token = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "practicenetwork-spa",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = Callback,
            ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(token.IsSuccessStatusCode, body.GetRawText());
        Assert.Equal("Eija Tarkastaja", Jwt.Payload(body.GetProperty("id_token").GetString()!).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Signing_out_from_a_client_without_an_id_token_asks_for_confirmation()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "sv-FI",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/kirjaudu");
        await page.Locator("input[name=Email]").FillAsync("riikka.lukija@riihimaki.example");
        await page.Locator("input[name=Password]").FillAsync(app.DemoPassword);
        await page.Locator("form.stacked-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("a.account-link")).ToHaveTextAsync("Riikka Lukija");

        await page.GotoAsync("/connect/endsession?client_id=practicenetwork-spa&post_logout_redirect_uri=" +
            Uri.EscapeDataString("http://127.0.0.1:7890/") + "&state=abc");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga ut");
        await page.AssertNoViolationsAsync();

        var request = await page.RunAndWaitForRequestAsync(
            () => page.Locator("main form button[type=submit]").ClickAsync(),
            request => request.Url.StartsWith("http://127.0.0.1:7890/", StringComparison.Ordinal));
        Assert.Contains("state=abc", request.Url, StringComparison.Ordinal);

        // Nothing listens on the client's port, so that tab shows an error; look at the site in another one.
        var after = await context.NewPageAsync();
        await after.GotoAsync("/profiili");
        await Assertions.Expect(after).ToHaveURLAsync(new Regex("/kirjaudu"));
    }
}
