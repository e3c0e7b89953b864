using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.Notifications;

/// <summary>
/// The outbox dispatcher against a real database: follows match, an event handled twice notifies once, what the
/// reader may no longer open is neither shown nor counted, and a failing event waits, is retried, dead-lettered
/// and replayed without losing the order of its item's events.
/// </summary>
public sealed class NotificationDispatchTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_follower_of_a_municipality_hears_of_its_new_practice_once_even_when_its_event_is_dispatched_again()
    {
        var espoo = (await factory.MunicipalityIdAsync("049")).ToString();
        var follower = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var bystander = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        await factory.FollowAsync(follower, FollowKind.Municipality, espoo);
        var title = UniqueTitle("Laskujen kierto");
        var practice = await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(title: title));

        await factory.DispatchAsync();
        await ReprocessOutboxAsync(practice.Id);
        await factory.DispatchAsync();

        var inbox = await factory.InboxAsync(follower);
        var mine = Assert.Single(inbox, entry => entry.Item.ItemId == practice.Id);
        Assert.Equal(title, mine.Item.Title);
        Assert.Equal("practice.published", mine.Note.EventType);
        Assert.Equal(FollowKind.Municipality, mine.Note.ReasonKind);
        Assert.Equal(1, await factory.NotificationTablesAsync(db => db.Notifications.CountAsync(note => note.ItemId == practice.Id && note.PersonId == follower.PersonId)));
        Assert.DoesNotContain(await factory.InboxAsync(bystander), entry => entry.Item.ItemId == practice.Id);
        Assert.True(await factory.UnreadAsync(follower) >= 1);
    }

    [Fact]
    public async Task The_author_follows_their_published_practice_hears_of_the_reviewers_step_and_an_unfollow_is_remembered()
    {
        var practice = await factory.PublishedPracticeAsync("049");
        var author = new Actor(practice.Author.PersonId, practice.Author.MunicipalityId, MunicipalityRoles.Author);
        var reviewer = new Actor(practice.Reviewer.PersonId, practice.Reviewer.MunicipalityId, MunicipalityRoles.Reviewer);
        var key = practice.Id.ToString();

        await factory.DispatchAsync();

        Assert.True(await factory.SendAsync(author, new IsFollowing(FollowKind.Item, key)));
        var heard = Assert.Single(await factory.InboxAsync(author), entry => entry.Item.ItemId == practice.Id);
        Assert.Equal(FollowKind.Item, heard.Note.ReasonKind);
        Assert.DoesNotContain(await factory.InboxAsync(reviewer), entry => entry.Item.ItemId == practice.Id);

        await factory.SendAsync(author, new Unfollow(FollowKind.Item, key));
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(practice.Id, WorkflowStep.Archive, practice.Version)).AsTask());
        await factory.DispatchAsync();

        Assert.False(await factory.SendAsync(author, new IsFollowing(FollowKind.Item, key)));
        Assert.Single(await factory.NotificationTablesAsync(db => db.Notifications.Where(note => note.PersonId == author.PersonId && note.ItemId == practice.Id).ToListAsync()));
    }

    [Fact]
    public async Task What_the_reader_may_not_or_no_longer_open_is_neither_shown_nor_counted_nor_mailed()
    {
        var espoo = (await factory.MunicipalityIdAsync("049")).ToString();
        var reader = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        await factory.FollowAsync(reader, FollowKind.Municipality, espoo);
        await factory.FollowAsync(reader, FollowKind.Theme, nameof(Theme.CustomerService));
        var internalOne = await factory.PublishedPracticeAsync("049", Audience.Internal);
        var toArchive = await factory.PublishedPracticeAsync("049", Audience.Public);
        var toNarrow = await factory.PublishedPracticeAsync("049", Audience.Network);
        var toDelete = await factory.PublishedPracticeAsync("049", Audience.Public);
        var staying = await factory.PublishedPracticeAsync("049", Audience.Public);
        await factory.DispatchAsync();
        var before = await factory.InboxAsync(reader);
        Assert.DoesNotContain(before, entry => entry.Item.ItemId == internalOne.Id);
        Assert.All(new[] { toArchive.Id, toNarrow.Id, toDelete.Id, staying.Id }, id => Assert.Contains(before, entry => entry.Item.ItemId == id));
        var digestBefore = await factory.DigestPathsAsync(reader.PersonId);
        Assert.Contains($"/kaytannot/{toDelete.Id}", digestBefore);
        Assert.DoesNotContain($"/kaytannot/{internalOne.Id}", digestBefore);
        var unreadBefore = await factory.UnreadAsync(reader);

        await factory.AsMemberAsync(toArchive.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(toArchive.Id, WorkflowStep.Archive, toArchive.Version)).AsTask());
        await factory.AsMemberAsync(toNarrow.Reviewer, MunicipalityRoles.Reviewer, async sender =>
        {
            var details = (await sender.Send(new GetPractice(toNarrow.Id)))!;
            return await sender.Send(new UpdatePractice(toNarrow.Id, details.Content with { Audience = Audience.Internal }, details.Version));
        });
        await factory.AsMemberAsync(toDelete.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new DeletePractice(toDelete.Id, toDelete.Version)).AsTask());
        await factory.DispatchAsync();

        Guid[] gone = [toArchive.Id, toNarrow.Id, toDelete.Id, internalOne.Id];
        var after = await factory.InboxAsync(reader);
        Assert.DoesNotContain(after, entry => gone.Contains(entry.Item.ItemId));
        Assert.Contains(after, entry => entry.Item.ItemId == staying.Id);
        Assert.Equal(unreadBefore - 3, await factory.UnreadAsync(reader));
        var digestAfter = await factory.DigestPathsAsync(reader.PersonId);
        Assert.Contains($"/kaytannot/{staying.Id}", digestAfter);
        Assert.DoesNotContain(digestAfter, path => gone.Any(id => path.EndsWith(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_member_whose_municipality_left_a_joint_project_no_longer_sees_its_notifications()
    {
        var manager = await factory.PersonAsync("049", MunicipalityRoles.Author);
        var reviewer = await factory.PersonAsync("049", MunicipalityRoles.Reviewer);
        var admin = await factory.PersonAsync("091", MunicipalityRoles.MunicipalityAdmin);
        var teamMember = await factory.PersonAsync("091", MunicipalityRoles.Viewer);
        var content = ProjectPageData.SampleProject(UniqueTitle("Yhteinen laskutus"), Audience.Internal);
        var id = await factory.DraftProjectAsync(manager, content);
        await factory.PublishProjectAsync(manager, reviewer, id);
        await factory.JoinAsync(manager, id, admin, teamMember);
        await factory.DispatchAsync();
        Assert.Contains(await factory.InboxAsync(teamMember), entry => entry.Item.ItemId == id);

        await factory.SendAsync(admin, new LeaveProject(id, await factory.ProjectVersionAsync(admin, id)));
        await factory.DispatchAsync();

        Assert.DoesNotContain(await factory.InboxAsync(teamMember), entry => entry.Item.ItemId == id);
        Assert.Null(await factory.ProjectAsAsync(teamMember, id));
    }

    [Fact]
    public async Task A_failing_event_holds_back_its_items_later_events_is_retried_then_dead_lettered_and_replayed_in_order()
    {
        var follower = await factory.ActorAsync("091", MunicipalityRoles.Viewer);
        var practice = await factory.PublishedPracticeAsync("092");
        await factory.FollowAsync(follower, FollowKind.Item, practice.Id.ToString());
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(practice.Id, WorkflowStep.Archive, practice.Version)).AsTask());
        bool Poison(PracticeNetwork.SharedKernel.Persistence.OutboxMessage message) => message.SubjectId == practice.Id && message.Type == "practice.published";

        var first = await factory.DispatchAsync(Poison);
        Assert.True(first.Failed >= 1);
        Assert.All(await factory.OutboxAsync(practice.Id), message => Assert.Null(message.ProcessedAt));

        await factory.DispatchAsync(Poison);
        Assert.Equal(1, (await FailureAsync(practice.Id)).Attempts);
        for (var attempt = 2; attempt <= 6; attempt++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(13));
            await factory.DispatchAsync(Poison);
            Assert.All(await factory.OutboxAsync(practice.Id), message => Assert.Null(message.ProcessedAt));
        }

        var failure = await FailureAsync(practice.Id);
        Assert.True(failure.IsDead);
        Assert.Equal(6, failure.Attempts);

        var admin = await factory.NetworkAdminClientAsync();
        var page = await admin.GetDocumentAsync("/verkosto/tiedotteet");
        Assert.Contains("practice.published", page.QuerySelector("#dead")!.ParentElement!.TextContent, StringComparison.Ordinal);
        using var replayed = await FormPost.From(page, "form[action*='Replay']").SendAsync(admin);
        Assert.Contains("käsitellään uudelleen", (await Html.ParseAsync(replayed)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await factory.DispatchAsync();

        Assert.All(await factory.OutboxAsync(practice.Id), message => Assert.NotNull(message.ProcessedAt));
        var order = await factory.NotificationTablesAsync(db => db.Notifications.Where(note => note.PersonId == follower.PersonId && note.ItemId == practice.Id)
            .OrderBy(note => note.OccurredAt).Select(note => note.EventType).ToListAsync());
        Assert.Equal(["practice.published", "practice.archived"], order);
        Assert.False(await factory.NotificationTablesAsync(db => db.DispatchFailures.AnyAsync(row => row.ItemId == practice.Id)));
    }

    private Task<int> ReprocessOutboxAsync(Guid practiceId) =>
        factory.TablesAsync(db => db.Outbox.Where(message => message.SubjectId == practiceId)
            .ExecuteUpdateAsync(set => set.SetProperty(message => message.ProcessedAt, (DateTimeOffset?)null)));

    private Task<PracticeNetwork.Modules.Notifications.Domain.DispatchFailure> FailureAsync(Guid itemId) =>
        factory.NotificationTablesAsync(db => db.DispatchFailures.AsNoTracking().SingleAsync(row => row.ItemId == itemId));

    private static string UniqueTitle(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";
}
