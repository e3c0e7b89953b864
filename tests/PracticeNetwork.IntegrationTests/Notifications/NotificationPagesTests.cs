using System.Net;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.Notifications;

/// <summary>
/// The pages as a member uses them without JavaScript: the follow button on an item and a municipality, "what I
/// follow", the notifications page with its header count, marking read, and another member's notification (404).
/// </summary>
public sealed class NotificationPagesTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_member_follows_a_practice_and_a_municipality_with_the_buttons_sees_them_listed_and_unfollows()
    {
        var practice = await factory.PublishedPracticeAsync("049");
        var member = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var client = factory.ClientOf(member);
        using var anonymous = factory.CreateClient();

        var anonymousPage = await anonymous.GetDocumentAsync($"/kaytannot/{practice.Id}");
        var page = await client.GetDocumentAsync($"/kaytannot/{practice.Id}");
        using var followed = await FormPost.From(page, "form.follow-form").Using(page, "form.follow-form button[value=Follow]").SendAsync(client);
        var municipality = await client.GetDocumentAsync("/kunnat/049");
        using var followedEspoo = await FormPost.From(municipality, "form.follow-form").Using(municipality, "form.follow-form button[value=Follow]").SendAsync(client);
        var after = await client.GetDocumentAsync($"/kaytannot/{practice.Id}");
        var list = await client.GetDocumentAsync("/seuratut");

        Assert.Null(anonymousPage.QuerySelector("form.follow-form"));
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal($"/kaytannot/{practice.Id}", followed.Headers.Location!.OriginalString);
        Assert.NotNull(after.QuerySelector("form.follow-form button[value=Unfollow]"));
        Assert.Contains("Tiimityö toimistopalveluissa", list.QuerySelector("#kind-Item")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Espoo", list.QuerySelector("#kind-Municipality")!.ParentElement!.TextContent, StringComparison.Ordinal);

        using var unfollowed = await FormPost.From(list, "form.follow-form").Using(list, "form.follow-form button[value=Unfollow]").SendAsync(client);
        Assert.Equal("/seuratut", unfollowed.Headers.Location!.OriginalString);
        Assert.Single((await client.GetDocumentAsync("/seuratut")).QuerySelectorAll("form.follow-form"));
    }

    [Fact]
    public async Task A_follow_of_something_that_is_not_a_target_is_a_bad_request_and_stores_nothing()
    {
        var member = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var client = factory.ClientOf(member);
        var page = await client.GetDocumentAsync("/kunnat/049");

        using var response = await FormPost.From(page, "form.follow-form").Using(page, "form.follow-form button[value=Follow]").Set("kind", "Theme").Set("key", "NoSuchTheme").SendAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.NotificationTablesAsync(db => db.Follows.AnyAsync(follow => follow.PersonId == member.PersonId)));
    }

    [Fact]
    public async Task The_notifications_page_and_the_header_count_show_only_the_members_own_and_marking_read_clears_the_count()
    {
        var member = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var other = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var vantaa = (await factory.MunicipalityIdAsync("092")).ToString();
        await factory.FollowAsync(member, FollowKind.Municipality, vantaa);
        await factory.FollowAsync(other, FollowKind.Municipality, vantaa);
        var practice = await factory.PublishedPracticeAsync("092", Audience.Network);
        await factory.DispatchAsync();
        var client = factory.ClientOf(member);
        var othersNote = await factory.NotificationTablesAsync(db => db.Notifications.AsNoTracking().SingleAsync(note => note.PersonId == other.PersonId && note.ItemId == practice.Id));

        var inbox = await client.GetDocumentAsync("/ilmoitukset");
        var badge = inbox.QuerySelector("a.notifications-link")!;
        using var notMine = await client.GetAsync($"/ilmoitukset/{othersNote.Id}/avaa");
        var link = inbox.QuerySelectorAll("a.notification__title").Single(a => a.TextContent.Contains("Tiimityö", StringComparison.Ordinal));
        using var opened = await client.GetAsync(link.GetAttribute("href"));
        var afterOpen = await client.GetDocumentAsync("/ilmoitukset");

        Assert.Equal("Ilmoitukset 1 lukematon", Normalized(badge.TextContent));
        Assert.Contains("Uusi hyvä käytäntö julkaistiin", inbox.QuerySelector(".notification-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Seuraat kuntaa Vantaa.", inbox.QuerySelector(".notification-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal($"/kaytannot/{practice.Id}", opened.Headers.Location!.OriginalString);
        Assert.Empty(afterOpen.QuerySelectorAll(".notification--unread"));
        Assert.Equal("Ilmoitukset", Normalized(afterOpen.QuerySelector("a.notifications-link")!.TextContent));
        Assert.Equal(1, await factory.UnreadAsync(other));
    }

    [Fact]
    public async Task A_network_admin_previews_a_members_next_digest_without_sending_it()
    {
        var member = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        await factory.FollowAsync(member, FollowKind.Municipality, (await factory.MunicipalityIdAsync("091")).ToString());
        var title = $"Helsingin neuvonta {Guid.NewGuid().ToString("N")[..8]}";
        await factory.PublishedPracticeAsync("091", Audience.Public, Practices.SampleContent(title: title));
        await factory.DispatchAsync();
        var email = (await factory.SendAsync(member, new PracticeNetwork.Modules.Identity.Contracts.GetAccounts([member.PersonId]))).Single().Email;
        var admin = await factory.NetworkAdminClientAsync();
        var viewer = factory.ClientOf(member);

        var page = await admin.GetDocumentAsync("/verkosto/tiedotteet?jasen=" + Uri.EscapeDataString(email));
        using var refused = await viewer.GetAsync("/verkosto/tiedotteet?jasen=" + Uri.EscapeDataString(email));

        Assert.Contains(title, page.QuerySelector("pre.mail-preview")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(factory.Mail.MessagesTo(email));
        Assert.False(await factory.NotificationTablesAsync(db => db.DigestDeliveries.AnyAsync(row => row.MemberId == member.PersonId)));
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
