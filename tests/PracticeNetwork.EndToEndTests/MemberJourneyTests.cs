using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.EndToEndTests;

/// <summary>invite → accept → sign in → switch municipality → sign out, in a real browser, axe-core on every page.</summary>
public sealed class MemberJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string KarkolaAdmin = "matti.paakayttaja@karkola.example";
    private const string LoppiProjectManager = "lauri.projektipaallikko@loppi.example";

    [Fact]
    public async Task An_admin_invites_a_colleague_who_joins_and_a_member_of_several_municipalities_switches_between_them()
    {
        Browser.SkipUnlessAvailable();
        var invitee = $"uusi.tyontekija.{Guid.NewGuid():N}@karkola.example";

        // The Kärkölä admin invites a new colleague as an author.
        await using (var adminContext = await NewContextAsync())
        {
            var admin = await adminContext.NewPageAsync();
            await SignInAsync(admin, KarkolaAdmin, app.DemoPassword);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Jäsenet" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kunnan jäsenet");
            await admin.AssertNoViolationsAsync();
            await admin.GetByLabel("Sähköposti").FillAsync(invitee);
            await admin.Locator("#InviteRoles").GetByLabel("Kirjoittaja").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Lähetä kutsu" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync(invitee);
            await admin.AssertNoViolationsAsync();
            await SignOutAsync(admin);
        }

        var link = MailDrop.LinkIn(await app.Mail.WaitForMessageToAsync(invitee), "/kutsu/");

        // The colleague follows the link, creates an account and is signed in as a Kärkölä author.
        await using (var inviteeContext = await NewContextAsync())
        {
            var page = await inviteeContext.NewPageAsync();
            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kärkölä");
            await page.AssertNoViolationsAsync();
            await page.GetByLabel("Nimi").FillAsync("Uusi Työntekijä");
            await page.GetByLabel("Uusi salasana").FillAsync("kärkölän toimistopalvelut 2026");
            await page.GetByLabel("Salasana uudelleen").FillAsync("kärkölän toimistopalvelut 2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Luo tili ja hyväksy" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/profiili$"));
            await Assertions.Expect(page.Locator(".memberships")).ToContainTextAsync("Kärkölä");
            await Assertions.Expect(page.Locator(".memberships")).ToContainTextAsync("Kirjoittaja");
            await page.AssertNoViolationsAsync();
            await SignOutAsync(page);

            // The link works once.
            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kutsu ei ole voimassa");
            await page.AssertNoViolationsAsync();
        }

        // A project manager of Loppi who is also a member in Hausjärvi and Riihimäki switches to Riihimäki.
        await using var context = await NewContextAsync();
        var manager = await context.NewPageAsync();
        await SignInAsync(manager, LoppiProjectManager, app.DemoPassword);
        var acting = manager.GetByLabel("Toimit kunnan puolesta");
        await Assertions.Expect(acting.Locator("option:checked")).ToHaveTextAsync("Loppi");
        await acting.SelectOptionAsync(new SelectOptionValue { Label = "Riihimäki" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Vaihda" }).ClickAsync();
        await Assertions.Expect(manager.GetByLabel("Toimit kunnan puolesta").Locator("option:checked")).ToHaveTextAsync("Riihimäki");
        await manager.AssertNoViolationsAsync();
        await manager.GotoAsync("/profiili");
        await manager.AssertNoViolationsAsync();
        await SignOutAsync(manager);
        await Assertions.Expect(manager.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToBeVisibleAsync();
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "fi-FI" });

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kirjaudu sisään");
        await page.AssertNoViolationsAsync();
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".account-link")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToBeVisibleAsync();
    }
}
