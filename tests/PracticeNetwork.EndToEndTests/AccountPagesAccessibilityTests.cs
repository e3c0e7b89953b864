using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>axe-core on the account and network administration pages the journeys do not pass through, in fi and sv.</summary>
public sealed class AccountPagesAccessibilityTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string NetworkAdmin = "noora.yllapitaja@verkosto.example";

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("sv-FI")]
    public async Task Anonymous_account_pages_have_no_violations(string locale)
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = locale });
        var page = await context.NewPageAsync();

        foreach (var path in new[] { "/kirjaudu", "/salasana/unohtui", "/salasana/uusi?email=x%40example.org&token=t", "/kutsu/no-such-token" })
        {
            await page.GotoAsync(path);
            await page.AssertNoViolationsAsync();
        }

        // A form sent with errors: the error summary and field messages must be accessible too.
        await page.GotoAsync("/kirjaudu");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("sv-FI")]
    public async Task Network_admin_and_profile_pages_have_no_violations(string locale)
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = locale });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/kirjaudu");
        await page.Locator("#Email").FillAsync(NetworkAdmin);
        await page.Locator("#Password").FillAsync(app.DemoPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".account-link")).ToBeVisibleAsync();

        foreach (var path in new[] { "/profiili", "/profiili/kaksivaihe", "/verkosto/kunnat", "/verkosto/loki", "/verkosto/asiakkaat", "/verkosto/asiakkaat/uusi" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.AssertNoViolationsAsync();
        }
    }
}
