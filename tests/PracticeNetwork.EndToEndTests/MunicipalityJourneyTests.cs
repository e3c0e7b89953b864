using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

public sealed class MunicipalityJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    public static TheoryData<string, string, string> Languages => new()
    {
        { "Suomi", "fi", "Kunnat" },
        { "Svenska", "sv", "Kommuner" },
        { "English", "en", "Municipalities" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_reader_finds_Karkola_by_typing_and_opens_its_page(string languageButton, string lang, string heading)
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/kunnat");
        await page.GetByRole(AriaRole.Button, new() { Name = languageButton }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator("li[data-search]:visible")).ToHaveCountAsync(309);
        await page.AssertNoViolationsAsync();

        await page.Locator("main input[name=q]").PressSequentiallyAsync("Kärk", new() { Delay = 50 });

        var visible = page.Locator("li[data-search]:visible a");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        await Assertions.Expect(visible).ToHaveTextAsync("Kärkölä");
        await Assertions.Expect(page.Locator("[data-result-count]")).ToContainTextAsync("1");
        await page.AssertNoViolationsAsync();

        await visible.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kunnat/316$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kärkölä");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_search_form_filters_on_the_server()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            JavaScriptEnabled = false,
            Locale = "fi-FI",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/kunnat");
        await page.GetByLabel("Hae kuntaa").FillAsync("Kärk");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kunnat\?q=K%C3%A4rk"));
        var visible = page.Locator("li[data-search]:visible a");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        await Assertions.Expect(visible).ToHaveTextAsync("Kärkölä");

        // axe-core needs JavaScript to run, so the server-filtered page is audited in a second, scripted context.
        await using var audit = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var auditPage = await audit.NewPageAsync();
        await auditPage.GotoAsync(page.Url);
        await Assertions.Expect(auditPage.Locator("li[data-search]:visible a")).ToHaveTextAsync(["Kärkölä"]);
        await auditPage.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_home_and_accessibility_pages_pass_axe_core()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        foreach (var path in new[] { "/", "/saavutettavuus", "/kunnat/999" })
        {
            await page.GotoAsync(path);
            await page.AssertNoViolationsAsync();
        }

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
    }
}
