using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Text;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// The write side every content type shares, over the version the reader saw: create, edit (a published edit is a
/// new revision and, unless minor or cosmetic, an update event), workflow steps (publishing keeps a revision),
/// soft delete and restore. Every change is logged, and events go to the outbox in the same SaveChanges.
/// </summary>
public sealed class ContentLifecycle<TItem, TContent>(
    ContentDb<TItem> store, ContentType<TItem, TContent> type, IReaderContext readers, TimeProvider clock)
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    private string Noun => type.Noun;

    /// <summary>Adds a new draft written by the reader (authors and reviewers of the acting municipality).</summary>
    public async Task<Guid> CreateAsync(Func<Guid, DateTimeOffset, TItem> draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var reader = readers.Current;
        if (!reader.IsMember || !(reader.IsAuthor || reader.IsReviewer))
        {
            throw new ForbiddenException($"Only the municipality's authors and reviewers write {Noun}s.");
        }

        var now = clock.GetUtcNow();
        var item = draft(reader.PersonId(), now);
        store.Db.Set<TItem>().Add(item);
        store.Rows.Changes.Add(new ContentChange(item, reader.PersonId(), ContentChangeKind.Created, now));
        await store.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return item.Id;
    }

    public async Task<int> EditAsync(Guid id, TContent content, int version, bool minorChange, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await store.Db.OwnItemAsync<TItem>(id, Noun, cancellationToken).ConfigureAwait(false);
        if (!type.MayOpen(reader, item))
        {
            throw ContentStore.NotFound(Noun);
        }

        if (!type.MayEdit(reader, item))
        {
            throw new ForbiddenException(item.Status == PublicationStatus.Archived
                ? $"An archived {Noun} cannot be edited; restore it first."
                : $"Only the author of a draft and the municipality's reviewers edit this {Noun}.");
        }

        ContentStore.EnsureVersion(item, version, Noun);
        var before = item.Content;
        var now = clock.GetUtcNow();
        var changed = item.Edit(content, now);
        if (changed.Count == 0)
        {
            return item.Version;
        }

        var person = reader.PersonId();
        store.Rows.Changes.Add(new ContentChange(item, person, ContentChangeKind.Edited, now, changed, minorChange ? "minor" : null));
        if (item.Status == PublicationStatus.Published)
        {
            store.Rows.Revisions.Add(new ContentRevision(item, item.NextRevision(), person, now, changed, type.Snapshot(item.Content)));
            // Who may open the item changed: always an event, even for a minor edit, so that every consumer (the
            // search indexes first) re-reads it; an index that missed it would show a narrowed item to its old readers.
            if (changed.Contains("audience", StringComparer.Ordinal) || (!minorChange && IsSubstantial(before, item.Content, changed)))
            {
                store.Rows.Outbox.Add(IntegrationEvents.ToOutbox(type.Updated(item, person, now, changed)));
            }
            else
            {
                // Not news, but the search indexes filter and sort on what changed.
                store.Rows.Outbox.Add(OutboxMessage.IndexOnly($"{Noun}.edited", item.MunicipalityId, item.Id, now));
            }

            foreach (var also in type.AlsoOnEdit(item, before, person, now))
            {
                store.Rows.Outbox.Add(IntegrationEvents.ToOutbox(also));
            }
        }

        await store.Db.SaveOrConflictAsync(item, Noun, cancellationToken).ConfigureAwait(false);
        return item.Version;
    }

    public async Task<int> TakeStepAsync(Guid id, WorkflowStep step, int version, string? comment, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await store.Db.OpenOwnItemAsync<TItem>(reader, id, Noun, cancellationToken).ConfigureAwait(false);
        if (!Workflow.MayTake(reader, item.MunicipalityId, step))
        {
            throw new ForbiddenException("This step belongs to the municipality's reviewers.");
        }

        ContentStore.EnsureVersion(item, version, Noun);
        var previousRevision = item.RevisionNumber;
        var now = clock.GetUtcNow();
        if (!item.Take(step, comment, now))
        {
            throw new ConflictException($"A {Noun} that is {item.Status} cannot take the step {step}.", "WrongStep", item.Version);
        }

        var person = reader.PersonId();
        store.Rows.Changes.Add(new ContentChange(item, person, KindOf(step), now, comment: comment?.Trim()));
        if (step == WorkflowStep.Publish)
        {
            var changed = await ChangedSinceRevisionAsync(item, previousRevision, cancellationToken).ConfigureAwait(false);
            store.Rows.Revisions.Add(new ContentRevision(item, item.NextRevision(), person, now, changed, type.Snapshot(item.Content)));
            store.Rows.Outbox.Add(IntegrationEvents.ToOutbox(type.Published(item, person, now)));
        }
        else if (step == WorkflowStep.Archive)
        {
            store.Rows.Outbox.Add(IntegrationEvents.ToOutbox(type.Archived(item, person, now, deleted: false)));
        }

        await store.Db.SaveOrConflictAsync(item, Noun, cancellationToken).ConfigureAwait(false);
        return item.Version;
    }

    /// <summary>Soft delete: the item disappears from every page, list and API answer, and a municipality admin can bring it back.</summary>
    public async Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await store.Db.OpenOwnItemAsync<TItem>(reader, id, Noun, cancellationToken).ConfigureAwait(false);
        if (!ContentRules.MayDelete(reader, item))
        {
            throw new ForbiddenException($"Reviewers delete {Noun}s; authors delete only their own drafts.");
        }

        ContentStore.EnsureVersion(item, version, Noun);
        var now = clock.GetUtcNow();
        item.Delete(reader.PersonId(), now);
        store.Rows.Changes.Add(new ContentChange(item, reader.PersonId(), ContentChangeKind.Deleted, now));
        if (item.Status is PublicationStatus.Published or PublicationStatus.Archived)
        {
            // For followers a deleted item is gone like an archived one; the search indexes drop it (archived ones too).
            store.Rows.Outbox.Add(IntegrationEvents.ToOutbox(type.Archived(item, reader.PersonId(), now, deleted: true)));
        }

        await store.Db.SaveOrConflictAsync(item, Noun, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings a deleted item back, as it was (municipality admins). Whoever may not open the item, deleted or not,
    /// gets the same 404 as for an id that does not exist.
    /// </summary>
    public async Task RestoreDeletedAsync(Guid id, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await store.Db.OwnItemAsync<TItem>(id, Noun, cancellationToken).ConfigureAwait(false);
        if (!ContentRules.MayOpen(reader, item))
        {
            throw ContentStore.NotFound(Noun);
        }

        if (!item.IsDeleted)
        {
            throw new ConflictException($"This {Noun} is not deleted.", "NotDeleted", item.Version);
        }

        var now = clock.GetUtcNow();
        item.Undelete(now);
        store.Rows.Changes.Add(new ContentChange(item, reader.PersonId(), ContentChangeKind.Undeleted, now));
        if (item.Status is PublicationStatus.Published or PublicationStatus.Archived)
        {
            // Back in the search indexes; followers were told it was gone and are not told again.
            store.Rows.Outbox.Add(OutboxMessage.IndexOnly($"{Noun}.restored", item.MunicipalityId, item.Id, now));
        }

        await store.Db.SaveOrConflictAsync(item, Noun, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>More than layout: a text changed in substance, or a classification field changed.</summary>
    private static bool IsSubstantial(TContent before, TContent after, IReadOnlyList<string> changed) =>
        changed.Any(TContent.ClassificationFields.Contains)
        || before.Texts().Zip(after.Texts()).Any(pair => TextDiff.DiffersInSubstance(pair.First.Text, pair.Second.Text));

    private async Task<IReadOnlyList<string>> ChangedSinceRevisionAsync(TItem item, int revision, CancellationToken cancellationToken)
    {
        if (revision == 0)
        {
            return [];
        }

        var snapshot = await store.Rows.Revisions.Where(row => row.ItemId == item.Id && row.Number == revision)
            .Select(row => row.Snapshot).SingleAsync(cancellationToken).ConfigureAwait(false);
        return item.Content.ChangedFields(type.FromSnapshot(snapshot));
    }

    private static ContentChangeKind KindOf(WorkflowStep step) => step switch
    {
        WorkflowStep.SubmitForReview => ContentChangeKind.SubmittedForReview,
        WorkflowStep.Publish => ContentChangeKind.Published,
        WorkflowStep.ReturnToAuthor => ContentChangeKind.ReturnedToAuthor,
        WorkflowStep.Archive => ContentChangeKind.Archived,
        _ => ContentChangeKind.Restored,
    };
}
