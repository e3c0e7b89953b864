using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>A network admin registers an OpenID Connect client in a real browser; every page passes axe-core.</summary>
public sealed class ClientRegistrationJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task A_network_admin_registers_a_client_after_fixing_a_bad_redirect_URI()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/verkosto/asiakkaat");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kirjaudu"));
        await page.Locator("input[name=Email]").FillAsync("noora.yllapitaja@verkosto.example");
        await page.Locator("input[name=Password]").FillAsync(app.DemoPassword);
        await page.Locator("form.stacked-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/verkosto/asiakkaat$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("OpenID Connect clients");
        await Assertions.Expect(page.Locator("tr[data-client-id=practicenetwork-spa]")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Register a new client" }).ClickAsync();
        await page.AssertNoViolationsAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Library app");
        await page.GetByLabel("Public (browser or mobile app)").CheckAsync();
        await page.GetByLabel("Redirect URIs, one per line", new() { Exact = true }).FillAsync("http://library.example/callback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("http://library.example/callback");
        await Assertions.Expect(page.GetByLabel("Redirect URIs, one per line", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("Redirect URIs, one per line", new() { Exact = true }).FillAsync("https://library.example/callback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Library app");
        var clientId = (await page.Locator("[data-client-id]").TextContentAsync())!.Trim();
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the client list" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-client-id={clientId}]")).ToContainTextAsync("https://library.example/callback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the client Library app" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync(clientId);
        await Assertions.Expect(page.Locator($"tr[data-client-id={clientId}]")).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();
    }
}
