using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.IntegrationTests.Notifications;

/// <summary>
/// The digest end to end through the real mail server (the Maildir under ./build.sh test, the pickup folder otherwise):
/// the right members get exactly one message, in their language and groups, with valid headers; a second run sends
/// nothing; what they may not open is not in it; the one-click unsubscribe works without signing in.
/// </summary>
public sealed class DigestTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{

    [Fact]
    public async Task Due_members_get_exactly_one_digest_each_in_their_language_and_groups_and_a_second_run_sends_nothing()
    {
        var finn = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        var swede = await factory.PersonAsync("092", MunicipalityRoles.Viewer);
        var quiet = await factory.PersonAsync("092", MunicipalityRoles.Viewer);
        await factory.SetLanguageAsync(swede.PersonId, "sv");
        await factory.FollowAsync(finn, FollowKind.Municipality, (await factory.MunicipalityIdAsync("049")).ToString());
        await factory.FollowAsync(swede, FollowKind.Theme, nameof(Theme.CustomerService));
        var espooTitle = Unique("Espoon laskutus");
        var vantaaTitle = Unique("Vantaan asiakaspalvelu");
        var hiddenTitle = Unique("Espoon sisäinen ohje");
        await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(title: espooTitle) with { Themes = [Theme.Digitalisation] });
        await factory.PublishedPracticeAsync("092", Audience.Network, Practices.SampleContent(Audience.Network, vantaaTitle));
        await factory.PublishedPracticeAsync("049", Audience.Internal, Practices.SampleContent(Audience.Internal, hiddenTitle));
        await factory.DispatchAsync();
        var monday = MoveToNextMondayMorning();

        await factory.RunDigestsAsync();
        var second = await factory.RunDigestsAsync();

        var finnish = Assert.Single(await MessagesToAsync(finn));
        var swedish = Assert.Single(await MessagesToAsync(swede));
        Assert.Empty(factory.Mail.MessagesTo(await EmailOfAsync(quiet)));
        Assert.Equal(0, second.Sent);
        Assert.StartsWith("Käytäntöverkosto:", finnish.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Praxisnätverket:", swedish.Subject, StringComparison.Ordinal);
        Assert.Contains(espooTitle, finnish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Seuraat kuntaa Espoo.", finnish.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenTitle, finnish.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenTitle, finnish.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(vantaaTitle, finnish.TextBody, StringComparison.Ordinal);
        Assert.Contains(vantaaTitle, swedish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Du följer temat", swedish.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(espooTitle, swedish.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h1>", finnish.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h2>Espoo</h2>", finnish.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lang=\"sv\"", swedish.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", finnish.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = finnish.Headers["List-Unsubscribe"];
        Assert.Matches("^<https://verkosto\\.test\\.example/api/v1/digest/unsubscribe\\?t=[^>]+>$", unsubscribe);
        var deliveries = await factory.NotificationTablesAsync(db => db.DigestDeliveries.AsNoTracking()
            .Where(row => row.MemberId == finn.PersonId || row.MemberId == quiet.PersonId).ToListAsync());
        Assert.Equal(DeliveryState.Sent, Assert.Single(deliveries, row => row.MemberId == finn.PersonId).State);
        Assert.Equal(DeliveryState.Skipped, Assert.Single(deliveries, row => row.MemberId == quiet.PersonId).State);
        Assert.All(deliveries, row => Assert.Equal($"W{monday:yyyy-MM-dd}", row.PeriodKey));
    }

    [Fact]
    public async Task The_one_click_unsubscribe_turns_the_digest_off_without_signing_in_and_a_forged_link_changes_nothing()
    {
        var member = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        await factory.FollowAsync(member, FollowKind.Municipality, (await factory.MunicipalityIdAsync("091")).ToString());
        await factory.PublishedPracticeAsync("091", Audience.Public, Practices.SampleContent(title: Unique("Helsingin kirjasto")));
        await factory.DispatchAsync();
        MoveToNextMondayMorning();
        await factory.RunDigestsAsync();
        var message = Assert.Single(await MessagesToAsync(member));
        var link = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var forged = await anonymous.PostAsync("/api/v1/digest/unsubscribe?t=forged", OneClick());
        var page = await anonymous.GetDocumentAsync(MailDrop.LinkIn(message, "/tilaus/peru"));
        using var oneClick = await anonymous.PostAsync(link.PathAndQuery, OneClick());

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.NotNull(page.QuerySelector("button[value=off]"));
        Assert.Equal(HttpStatusCode.NoContent, oneClick.StatusCode);
        var settings = await factory.NotificationTablesAsync(db => db.DigestSettings.AsNoTracking().SingleAsync(row => row.PersonId == member.PersonId));
        Assert.Equal(DigestFrequency.Off, settings.Frequency);
    }

    [Fact]
    public async Task A_daily_member_can_step_down_to_weekly_from_the_unsubscribe_page()
    {
        var member = await factory.PersonAsync("092", MunicipalityRoles.Viewer);
        var client = factory.ClientOf(member);
        var settingsPage = await client.GetDocumentAsync("/ilmoitukset/asetukset");
        using var saved = await FormPost.From(settingsPage, "form.form").Set("Frequency", "Daily").Set("Hour", "6").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var token = await factory.InScopeAsync(null, services =>
            Task.FromResult(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PracticeNetwork.Modules.Notifications.Digest.UnsubscribeTokens>(services).For(member.PersonId)));
        using var anonymous = factory.CreateClient();

        var page = await anonymous.GetDocumentAsync("/tilaus/peru?t=" + Uri.EscapeDataString(token));
        using var stepped = await FormPost.From(page, "form.form").Using(page, "button[value=weekly]").SendToAsync(anonymous, "/tilaus/peru");

        Assert.Equal(HttpStatusCode.OK, stepped.StatusCode);
        var settings = await factory.NotificationTablesAsync(db => db.DigestSettings.AsNoTracking().SingleAsync(row => row.PersonId == member.PersonId));
        Assert.Equal((DigestFrequency.Weekly, 6), (settings.Frequency, settings.Hour));
    }

    /// <summary>To the next Monday at 07:30 in Helsinki (05:30 UTC in winter), when the default weekly digest is due; returns the date.</summary>
    private DateOnly MoveToNextMondayMorning()
    {
        var day = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        do
        {
            day = day.AddDays(1);
        }
        while (day.DayOfWeek != DayOfWeek.Monday);

        factory.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(5, 30)), TimeSpan.Zero));
        return day;
    }

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    private async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(Actor actor) => factory.Mail.MessagesTo(await EmailOfAsync(actor));

    private Task<string> EmailOfAsync(Actor actor) =>
        factory.SendAsync(actor, new PracticeNetwork.Modules.Identity.Contracts.GetAccounts([actor.PersonId])).ContinueWith(task => task.Result.Single().Email, TaskScheduler.Default);

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";
}
