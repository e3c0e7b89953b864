using System.Net;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using static PracticeNetwork.IntegrationTests.SearchCalls;

namespace PracticeNetwork.IntegrationTests.Notifications;

/// <summary>
/// A member follows a search from the search page: what it finds afterwards, and only what the member may open,
/// becomes a notification and a digest line that says which search found it; unfollowing stops it.
/// </summary>
public sealed class SavedSearchTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_followed_search_notifies_what_it_finds_and_the_member_may_open_until_it_is_unfollowed()
    {
        var word = UniqueWord();
        var member = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        var client = factory.ClientOf(member);
        var search = await client.GetDocumentAsync($"/haku?teema=CustomerService&q={word}");
        var button = search.QuerySelector("form.follow-form button[value=Follow]")!;
        Assert.Equal($"Seuraa: ”{word}”, Asiakaspalvelu", button.GetAttribute("aria-label"));
        using var followed = await FormPost.From(search, "form.follow-form").Using(search, "form.follow-form button[value=Follow]").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);

        var follows = await client.GetDocumentAsync("/seuratut");
        var saved = follows.QuerySelector("#kind-Search")!.ParentElement!.QuerySelector("a")!;
        Assert.Equal($"/haku?q={word}&teema=CustomerService", saved.GetAttribute("href"));
        Assert.Equal($"”{word}”, Asiakaspalvelu", saved.TextContent.Trim());

        var found = await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(Audience.Public, $"Neuvonta {word}"));
        var otherTheme = await factory.PublishedPracticeAsync("049", Audience.Public,
            Practices.SampleContent(Audience.Public, $"Johtaminen {word}") with { Themes = [Theme.PeopleAndLeadership] });
        var notOpenable = await factory.PublishedPracticeAsync("092", Audience.Internal, Practices.SampleContent(Audience.Internal, $"Vantaan neuvonta {word}"));
        var withoutWord = await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(Audience.Public, "Neuvonta ilman hakusanaa"));
        await factory.DispatchAsync();

        var stored = await factory.NotificationTablesAsync(db => db.Notifications.AsNoTracking().Where(note => note.PersonId == member.PersonId).Select(note => note.ItemId).ToListAsync());
        Assert.DoesNotContain(otherTheme.Id, stored);
        Assert.DoesNotContain(withoutWord.Id, stored);
        Assert.Equal([found.Id], (await factory.InboxAsync(member)).Select(shown => shown.Note.ItemId));
        var page = await client.GetDocumentAsync("/ilmoitukset");
        Assert.Contains($"Seuraat hakua ”{word}”, Asiakaspalvelu.", page.QuerySelector(".notification-list")!.TextContent, StringComparison.Ordinal);
        var digest = await factory.DigestPathsAsync(member.PersonId);
        Assert.Contains($"/kaytannot/{found.Id}", digest);
        Assert.DoesNotContain($"/kaytannot/{notOpenable.Id}", digest);
        Assert.DoesNotContain($"/kaytannot/{otherTheme.Id}", digest);

        using var unfollowed = await FormPost.From(follows, "form.follow-form").Using(follows, "form.follow-form button[value=Unfollow]").SendAsync(client);
        var later = await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(Audience.Public, $"Myöhempi neuvonta {word}"));
        await factory.DispatchAsync();
        Assert.DoesNotContain(await factory.InboxAsync(member), shown => shown.Note.ItemId == later.Id);
        Assert.Empty((await client.GetDocumentAsync("/seuratut")).QuerySelectorAll("#kind-Search"));
    }

    [Fact]
    public async Task The_same_search_followed_by_two_members_is_saved_once_and_a_search_too_long_is_refused()
    {
        var word = UniqueWord();
        var first = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var second = await factory.ActorAsync("049", MunicipalityRoles.Viewer);
        await factory.FollowAsync(first, FollowKind.Search, $"q={word}");
        await factory.FollowAsync(second, FollowKind.Search, $"q={word}");

        Assert.Equal(1, await factory.NotificationTablesAsync(db => db.SavedSearches.CountAsync(saved => saved.Search == $"q={word}")));
        var tooLong = await Assert.ThrowsAsync<RequestValidationException>(() => factory.FollowAsync(first, FollowKind.Search, "q=" + new string('a', 1000)));
        Assert.Equal(["key"], tooLong.Errors.Keys);
        Assert.False(await factory.NotificationTablesAsync(db => db.SavedSearches.AnyAsync(saved => saved.Search.StartsWith("q=aaaa"))));
    }

    [Fact]
    public async Task Anonymous_readers_get_no_follow_button_on_the_search_page()
    {
        using var anonymous = factory.CreateClient();
        var page = await anonymous.GetDocumentAsync("/haku?q=lasku");
        Assert.Null(page.QuerySelector("form.follow-form"));
    }
}
