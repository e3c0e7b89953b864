using System.Text.Json;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Followers hear of a change exactly when it committed: an outbox row in the same transaction, none for a change that failed or did not matter.</summary>
public sealed class PracticeOutboxTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private async Task<(Actor Author, Actor Reviewer)> WritersAsync() =>
        (await factory.ActorAsync("091", MunicipalityRoles.Author), await factory.ActorAsync("091", MunicipalityRoles.Reviewer));

    private async Task<string[]> EventsAsync(Guid id) => [.. (await factory.OutboxAsync(id)).Select(message => message.Type)];

    [Fact]
    public async Task Publishing_writes_one_published_event_with_the_practice_and_its_municipality()
    {
        var (author, reviewer) = await WritersAsync();
        var (id, version) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Network), WorkflowStep.SubmitForReview);
        Assert.Empty(await EventsAsync(id));

        await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Publish, version));

        var message = Assert.Single(await factory.OutboxAsync(id));
        Assert.Equal((IntegrationEvents.NameOf<PracticePublished>(), reviewer.MunicipalityId, (DateTimeOffset?)null), (message.Type, message.MunicipalityId, message.ProcessedAt));
        var published = IntegrationEvents.Read<PracticePublished>(message)!;
        Assert.Equal((id, reviewer.MunicipalityId, reviewer.PersonId, 1, Audience.Network), (published.ItemId, published.MunicipalityId, published.PersonId, published.Revision, published.Audience));
        Assert.Equal(Practices.SampleContent().Title, published.Title);
        Assert.Equal(1, IntegrationEvents.VersionOf(message));
        using var payload = JsonDocument.Parse(message.Payload);
        Assert.Equal("Network", payload.RootElement.GetProperty("audience").GetString());
    }

    [Fact]
    public async Task Archiving_writes_an_archived_event_and_restoring_none()
    {
        var (author, reviewer) = await WritersAsync();
        var (id, version) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent(), WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Archive, version));
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>(), IntegrationEvents.NameOf<PracticeArchived>()], await EventsAsync(id));
        await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Restore, version));

        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>(), IntegrationEvents.NameOf<PracticeArchived>()], await EventsAsync(id));
    }

    [Fact]
    public async Task A_substantial_edit_of_a_published_practice_writes_an_updated_event_naming_the_fields()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        await factory.SendAsync(reviewer, new UpdatePractice(id, content with { ResultsAndEvidence = "Tulokset: sairauspoissaolot vähenivät." }, version));

        var messages = await factory.OutboxAsync(id);
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>(), IntegrationEvents.NameOf<PracticeUpdated>()], messages.Select(message => message.Type));
        var updated = IntegrationEvents.Read<PracticeUpdated>(messages[1])!;
        Assert.Equal(2, updated.Revision);
        Assert.Equal(["resultsAndEvidence"], updated.Fields);
    }

    [Fact]
    public async Task A_minor_edit_makes_a_revision_but_no_event()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Summary = "Toimistopalvelut siirtyivät tiimimalliin vuonna 2022." }, version, MinorChange: true));

        Assert.Equal(2, (await factory.OpenAsync(reviewer, id))!.RevisionNumber);
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>()], await EventsAsync(id));
    }

    [Fact]
    public async Task An_edit_of_whitespace_only_writes_no_event_and_surrounding_whitespace_is_no_edit_at_all()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        var unchanged = await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Solution = "\n" + content.Solution + "   " }, version));
        Assert.Equal(version, unchanged);
        var spaced = await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Solution = content.Solution.Replace(" ", "  ", StringComparison.Ordinal) }, version));

        Assert.True(spaced > version);
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>()], await EventsAsync(id));
    }

    [Fact]
    public async Task Edits_before_publication_write_no_events()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content);

        version = await factory.SendAsync(author, new UpdatePractice(id, content with { Title = "Uusi otsikko" }, version));
        version = await factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, version));
        await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Title = "Arvioijan otsikko" }, version));

        Assert.Empty(await EventsAsync(id));
    }

    [Fact]
    public async Task A_stale_edit_writes_no_event_and_changes_nothing()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            factory.SendAsync(reviewer, new UpdatePractice(id, content with { Solution = "Vanhan version päälle." }, version - 1)));

        Assert.Equal(("StalePractice", version), (conflict.Code, conflict.CurrentVersion));
        var details = await factory.OpenAsync(reviewer, id);
        Assert.Equal((version, 1, content.Solution), (details!.Version, details.RevisionNumber, details.Content.Solution));
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>()], await EventsAsync(id));
    }

    [Fact]
    public async Task Of_two_editors_who_loaded_the_same_version_one_saves_one_gets_a_conflict_and_one_event_is_written()
    {
        var (author, reviewer) = await WritersAsync();
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish);

        await using var first = await EditorAsync(reviewer, id);
        await using var second = await EditorAsync(reviewer, id);
        Assert.Equal((version, version), (first.Practice.Version, second.Practice.Version));
        first.Edit(reviewer, content with { Solution = "Ensimmäisen tallentajan ratkaisu." });
        second.Edit(reviewer, content with { Solution = "Toisen tallentajan ratkaisu." });

        await first.Db.SaveOrConflictAsync(first.Practice, "practice", CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => second.Db.SaveOrConflictAsync(second.Practice, "practice", CancellationToken.None));

        Assert.Equal(version + 1, conflict.CurrentVersion);
        var details = await factory.OpenAsync(reviewer, id);
        Assert.Equal((version + 1, 2, "Ensimmäisen tallentajan ratkaisu."), (details!.Version, details.RevisionNumber, details.Content.Solution));
        Assert.Equal([IntegrationEvents.NameOf<PracticePublished>(), IntegrationEvents.NameOf<PracticeUpdated>()], await EventsAsync(id));
        Assert.Equal(2, await factory.TablesAsync(db => db.Revisions.IgnoreQueryFilters().CountAsync(revision => revision.ItemId == id)));
        Assert.Single(await factory.TablesAsync(db => db.Changes.IgnoreQueryFilters().Where(change => change.ItemId == id && change.Kind == ContentChangeKind.Edited).ToListAsync()));
    }

    /// <summary>Does what UpdatePractice does for a published practice, in a scope of its own, so that two can overlap.</summary>
    private async Task<Editor> EditorAsync(Actor reviewer, Guid id)
    {
        var scope = factory.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(reviewer.MunicipalityId);
        var db = scope.ServiceProvider.GetRequiredService<PracticesDbContext>();
        return new Editor(scope, tenant, db, await db.OwnItemAsync<GoodPractice>(id, "practice", CancellationToken.None));
    }

    private sealed record Editor(AsyncServiceScope Scope, IDisposable Tenant, PracticesDbContext Db, GoodPractice Practice) : IAsyncDisposable
    {
        public void Edit(Actor reviewer, PracticeContent content)
        {
            var now = DateTimeOffset.UtcNow;
            var changed = Practice.Edit(content, now);
            Db.Changes.Add(new ContentChange(Practice, reviewer.PersonId, ContentChangeKind.Edited, now, changed));
            Db.Revisions.Add(new ContentRevision(Practice, Practice.NextRevision(), reviewer.PersonId, now, changed, new PracticeContentType().Snapshot(Practice.Content)));
            Db.Outbox.Add(IntegrationEvents.ToOutbox(new PracticeUpdated
            {
                ItemId = Practice.Id, MunicipalityId = Practice.MunicipalityId, PersonId = reviewer.PersonId, Title = Practice.Title,
                Audience = Practice.Audience, Revision = Practice.RevisionNumber, OccurredAt = now, Fields = changed,
            }));
        }

        public async ValueTask DisposeAsync()
        {
            Tenant.Dispose();
            await Scope.DisposeAsync();
        }
    }
}
