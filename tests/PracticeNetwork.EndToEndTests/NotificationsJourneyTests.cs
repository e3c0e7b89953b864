using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// Follows, notifications and the digest in a real browser on the demo network. Riikka (Riihimäki) finds the demo's
/// first digest in her mail, sees the same two changes in the header count and on the notifications page, opens one,
/// marks the rest read and sets a daily digest; the unsubscribe link of her mail works without signing in. Ville
/// (Espoo) follows a practice of another municipality from its page, finds it on "what I follow" and stops following
/// it there. axe-core checks every page on the way, in Finnish and in Swedish.
/// </summary>
public sealed class NotificationsJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string Riikka = "riikka.lukija@riihimaki.example";
    private const string Ville = "ville.katselija@espoo.example";
    private const string InformationManagementProject = "Kuntien yhteinen tiedonhallintamalli ja sähköinen arkisto";

    [Fact]
    public async Task The_demo_member_reads_her_first_digest_and_her_notifications_and_sets_a_daily_digest()
    {
        Browser.SkipUnlessAvailable();
        var digest = OwnDigestOf(Riikka);
        Assert.Contains("Kvartaalitilinpäätöksen läpimenoaika", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(InformationManagementProject, digest.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);

        await using var context = await browser.NewContextAsync(app, "fi-FI");
        var page = await context.SignInAsync(app, Riikka);
        var badge = page.Locator("a.notifications-link");
        await Assertions.Expect(badge.Locator(".notifications-link__count")).ToHaveTextAsync("2");
        await badge.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ilmoitukset$"));
        await Assertions.Expect(page.Locator("li.notification--unread")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("li.notification", new() { HasText = InformationManagementProject }).Locator(".notification__why"))
            .ToContainTextAsync("Talous ja hallinto");
        await page.AssertNoViolationsAsync();

        await page.Locator("a.notification__title", new() { HasText = InformationManagementProject }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/hankkeet/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(InformationManagementProject);
        await Assertions.Expect(badge.Locator(".notifications-link__count")).ToHaveTextAsync("1");

        await badge.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merkitse kaikki luetuiksi" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.notification--unread")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("li.notification")).ToHaveCountAsync(2);
        await Assertions.Expect(badge.Locator(".notifications-link__count")).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/seuratut");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Espoo");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Talous ja hallinto");
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/ilmoitukset/asetukset");
        await page.Locator("#frequency-Daily").CheckAsync();
        await page.Locator("#hour").SelectOptionAsync("8");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToHaveTextAsync("Asetukset tallennettiin.");
        await Assertions.Expect(page.Locator("#frequency-Daily")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#hour")).ToHaveValueAsync("8");
        await page.AssertNoViolationsAsync();

        // The mail's own link, in a browser that has not signed in: stepping down from daily to weekly.
        await using var anonymous = await browser.NewContextAsync(app, "fi-FI");
        var visitor = await anonymous.NewPageAsync();
        await visitor.GotoAsync(MailDrop.LinkIn(digest, "/tilaus/peru"));
        await visitor.AssertNoViolationsAsync();
        await visitor.Locator("button[name=choice][value=weekly]").ClickAsync();
        await Assertions.Expect(visitor.Locator(".notice[role=status]")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#frequency-Weekly")).ToBeCheckedAsync();
    }

    [Theory]
    [InlineData("fi-FI", "Seuraa", "Lopeta seuraaminen", "Ei ilmoituksia vielä.")]
    [InlineData("sv-SE", "Följ", "Sluta följa", "Inga aviseringar ännu.")]
    public async Task A_member_follows_a_practice_of_another_municipality_and_stops_following_it(string locale, string follow, string stop, string empty)
    {
        Browser.SkipUnlessAvailable();
        await using var context = await browser.NewContextAsync(app, locale);
        var page = await context.SignInAsync(app, Ville);
        await page.GotoAsync("/ilmoitukset");
        await Assertions.Expect(page.Locator(".empty-state")).ToContainTextAsync(empty);
        await page.AssertNoViolationsAsync();

        var practice = locale == "fi-FI" ? 1 : 2;
        await page.GotoAsync("/kaytannot?kunta=091");
        await page.Locator("ol.practice-list > li").Nth(practice - 1).Locator("a").First.ClickAsync();
        var practicePath = new Uri(page.Url).AbsolutePath;
        var title = (await page.Locator("h1").TextContentAsync())!.Trim();
        await page.Locator("form.follow-form button", new() { HasText = follow }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(practicePath) + "$"));
        await Assertions.Expect(page.Locator("form.follow-form button", new() { HasText = stop })).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/seuratut");
        var row = page.Locator("ul.follow-list > li", new() { HasText = title });
        await Assertions.Expect(row.First).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
        await row.First.Locator("button", new() { HasText = stop }).ClickAsync();
        await Assertions.Expect(page.Locator("ul.follow-list > li", new() { HasText = title })).ToHaveCountAsync(0);

        await page.GotoAsync(practicePath);
        await Assertions.Expect(page.Locator("form.follow-form button", new() { HasText = follow })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The digest this app wrote for <paramref name="recipient"/> at its first start: under <c>./build.sh test</c> the
    /// Maildir is shared by every app the tests start, so the one whose links point at this app.
    /// </summary>
    private MimeKit.MimeMessage OwnDigestOf(string recipient) =>
        app.Mail.MessagesTo(recipient).Last(message => message.Headers["List-Unsubscribe"]?.Contains(app.BaseAddress.Authority, StringComparison.Ordinal) == true);
}
