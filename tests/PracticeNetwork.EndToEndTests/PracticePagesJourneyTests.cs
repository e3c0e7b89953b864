using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>The practice browse pages in a real browser: the filter form works without JavaScript and every state passes axe-core.</summary>
public sealed class PracticePagesJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task Without_JavaScript_the_filter_form_narrows_the_list_and_shows_removable_filters()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            JavaScriptEnabled = false,
            Locale = "fi-FI",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" }).GetByRole(AriaRole.Link, new() { Name = "Käytännöt" }).ClickAsync();
        await page.GetByLabel("Kunta", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kärkölä" });
        await page.GetByLabel("Teema", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Digitalisaatio" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä käytännöt" }).ClickAsync();

        // A browser sends the empty fields too; the page's own links leave them out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kaytannot\?kunta=316&.*teema=Digitalisation"));
        // The demo network's public Kärkölä practices on digitalisation, and nothing else.
        var cards = page.Locator("ol.practice-list > li");
        var count = await cards.CountAsync();
        Assert.InRange(count, 1, 20);
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync(new Regex($"^{count} käytäntö(ä)?$"));
        foreach (var card in await cards.AllAsync())
        {
            await Assertions.Expect(card.Locator(".practice-card__meta a[href='/kunnat/316']")).ToHaveTextAsync("Kärkölä");
        }

        await Assertions.Expect(page.Locator(".active-filters a")).ToHaveCountAsync(2);
        await page.Locator(".active-filters a", new() { HasText = "Kunta: Kärkölä" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kaytannot\?teema=Digitalisation$"));
    }

    [Fact]
    public async Task The_browse_and_latest_pages_pass_axe_core_in_every_state()
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        foreach (var path in new[] { "/kaytannot", "/kaytannot?kunta=316&teema=Digitalisation&arkistoidut=true", "/kaytannot?vuosi=abc&teema=x", "/kaytannot/uusimmat", "/kunnat/316" })
        {
            await page.GotoAsync(path);
            await page.AssertNoViolationsAsync();
        }
    }
}
