using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The Kärkölä story of a joint project in a real browser: Kärkölä's project manager starts a project and invites
/// Loppi, Loppi's admin accepts and puts Lauri on the team, the manager gives Loppi a milestone, and Lauri, acting for
/// Loppi, posts an update and completes the milestone; the timeline then shows both. axe-core checks every page on
/// the way, in Finnish and in Swedish.
/// </summary>
public sealed class JointProjectJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string Loppi = "Loppi";

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("sv-SE")]
    public async Task Kärkölä_invites_Loppi_Loppi_accepts_and_its_team_member_posts_an_update_and_completes_a_milestone(string locale)
    {
        Browser.SkipUnlessAvailable();
        var title = $"Toimistopalvelut yhdessä {locale} {Guid.NewGuid().ToString()[..6]}";
        var milestone = $"Valmennuspäivä {Guid.NewGuid().ToString()[..4]}";
        var updateText = $"Loppi piti **valmennuspäivän** {Guid.NewGuid().ToString()[..4]}";

        await using var managerContext = await browser.NewContextAsync(app, locale);
        var manager = await managerContext.SignInAsync(app, "kaisa.kirjoittaja@karkola.example");
        var projectPath = await StartProjectAsync(manager, title);
        await InviteLoppiAsync(manager, projectPath);

        await AcceptAsLoppiAdminAsync(locale, projectPath, title);

        await GiveLoppiAMilestoneAsync(manager, projectPath, milestone);

        await using var memberContext = await browser.NewContextAsync(app, locale);
        var member = await memberContext.SignInAsync(app, "lauri.projektipaallikko@loppi.example");
        await ActForLoppiAsync(member);
        await PostAndCompleteAsync(member, projectPath, updateText, milestone);

        await manager.GotoAsync(projectPath + "/aikajana");
        await AssertTimelineShowsAsync(manager, milestone);
        await manager.AssertNoViolationsAsync();

        await using var outsider = await browser.NewContextAsync(app, locale);
        var visitor = await outsider.SignInAsync(app, "ville.katselija@espoo.example");
        var response = await visitor.GotoAsync(projectPath);
        Assert.Equal(404, response!.Status);
    }

    private static async Task<string> StartProjectAsync(IPage page, string title)
    {
        await page.GotoAsync("/hankkeet/uusi");
        await page.AssertNoViolationsAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#summary").FillAsync("Neljä kuntaa kehittää toimistopalveluitaan yhdessä Hyria Koulutuksen kanssa.");
        await page.Locator("#needAndGoals").FillAsync("Toimistopalveluiden työ muuttuu, ja osaamista on vahvistettava.");
        await page.Locator("#status").SelectOptionAsync("Ongoing");
        await page.Locator("#startDate").FillAsync("2019-09-01");
        await page.Locator("#language").SelectOptionAsync("fi");
        await page.Locator("input[name=audience][value=Internal]").CheckAsync();
        await page.Locator("input[name=themes][value=PeopleAndLeadership]").CheckAsync();
        await page.Locator("input[name='partners[0].name']").FillAsync("Hyria Koulutus");

        await page.Locator("form button[type=submit]:not([hidden]):not([formaction])").Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/hankkeet/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
        await page.AssertNoViolationsAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task InviteLoppiAsync(IPage page, string projectPath)
    {
        await page.Locator($"a[href='{projectPath}/osallistujat']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(projectPath) + "/osallistujat$"));
        await page.AssertNoViolationsAsync();
        await page.Locator("#invite-municipality").SelectOptionAsync(new SelectOptionValue { Label = Loppi });
        await page.Locator("#kutsu-kunta button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToBeVisibleAsync();
        await Assertions.Expect(ParticipantRow(page, Loppi)).ToHaveCountAsync(1);
        await page.AssertNoViolationsAsync();
    }

    private async Task AcceptAsLoppiAdminAsync(string locale, string projectPath, string title)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var admin = await context.SignInAsync(app, "paivi.paakayttaja@loppi.example");

        await admin.GotoAsync("/kunta/hankkeet");
        await admin.AssertNoViolationsAsync();
        await admin.Locator($"a[href='{projectPath}/osallistujat#kutsu']").ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync(title);
        await admin.AssertNoViolationsAsync();

        await admin.GetByLabel("Lauri Projektipäällikkö").CheckAsync();
        await admin.Locator("#kutsu form[action$='handler=Accept'] button[type=submit]").ClickAsync();

        // The project is still a draft, which only its team opens: the admin is back on Loppi's own projects, told
        // that the answer went through, and the invitation is no longer waiting.
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/kunta/hankkeet"));
        await Assertions.Expect(admin.Locator("[role=status]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator($"a[href='{projectPath}/osallistujat#kutsu']")).ToHaveCountAsync(0);
        await admin.AssertNoViolationsAsync();
    }

    private static async Task GiveLoppiAMilestoneAsync(IPage page, string projectPath, string milestone)
    {
        await page.GotoAsync(projectPath);
        await Assertions.Expect(ParticipantRow(page, Loppi)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#hankeryhma", new() { HasText = "Lauri Projektipäällikkö" })).ToHaveCountAsync(1);
        await page.Locator("#milestone-title").FillAsync(milestone);
        await page.Locator("#milestone-due").FillAsync("2019-11-15");
        await page.Locator("#milestone-responsible").SelectOptionAsync(new SelectOptionValue { Label = Loppi });
        await page.Locator("form.milestone-form button[type=submit]").ClickAsync();
        await Assertions.Expect(MilestoneRow(page, milestone)).ToContainTextAsync(Loppi);
        await page.AssertNoViolationsAsync();
    }

    private static async Task ActForLoppiAsync(IPage page)
    {
        await page.Locator("#acting-municipality").SelectOptionAsync(new SelectOptionValue { Label = Loppi });
        await page.Locator("form.municipality-switch button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#acting-municipality option[selected]")).ToHaveTextAsync(Loppi);
    }

    private static async Task PostAndCompleteAsync(IPage page, string projectPath, string updateText, string milestone)
    {
        await page.GotoAsync(projectPath);
        await page.AssertNoViolationsAsync();
        await page.Locator("#update-text").FillAsync(updateText);
        await page.Locator("form.update-form button[type=submit]").ClickAsync();
        var posted = page.Locator("#paivitykset .update").First;
        await Assertions.Expect(posted.Locator("strong", new() { HasText = "valmennuspäivän" })).ToBeVisibleAsync();
        await Assertions.Expect(posted.Locator("h3")).ToContainTextAsync(Loppi);
        await page.AssertNoViolationsAsync();

        await MilestoneRow(page, milestone).Locator("form[action$='handler=MilestoneDone'] button").ClickAsync();
        await Assertions.Expect(MilestoneRow(page, milestone).Locator("form[action$='handler=MilestoneDone'] input[name=done]")).ToHaveValueAsync("false");
        await page.AssertNoViolationsAsync();

        await page.GotoAsync(projectPath + "/aikajana");
        await AssertTimelineShowsAsync(page, milestone);
        await page.AssertNoViolationsAsync();
    }

    /// <summary>The picture and the list beside it both hold the completed milestone and Loppi's update.</summary>
    private static async Task AssertTimelineShowsAsync(IPage page, string milestone)
    {
        var list = page.Locator("ol.timeline-list");
        await Assertions.Expect(list.Locator(".timeline-list__entry--milestone", new() { HasText = milestone }).Locator(".milestone-state--done")).ToHaveCountAsync(1);
        await Assertions.Expect(list.Locator(".timeline-list__entry--update", new() { HasText = Loppi })).ToHaveCountAsync(1);
        var picture = page.Locator(".timeline-figure svg");
        await Assertions.Expect(picture).ToContainTextAsync(milestone);
        await Assertions.Expect(picture.Locator("[data-entry^='paivitys-']")).ToHaveCountAsync(1);
        await Assertions.Expect(picture.Locator("[data-entry^='virstanpylvas-']")).ToHaveCountAsync(1);
    }

    private static ILocator ParticipantRow(IPage page, string municipality) =>
        page.Locator("table.participant-table tbody tr", new() { HasText = municipality });

    private static ILocator MilestoneRow(IPage page, string milestone) =>
        page.Locator("#virstanpylvaat tr", new() { HasText = milestone });
}
