using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// Brings an item in as it already is (the demo network, a future import from another system) through the domain's own
/// workflow steps, so that a published one has revision 1 and every item a change log with the given dates.
/// Idempotent by id; an import is not news, so its only outbox row is an index-only one (<see cref="OutboxMessage.IndexOnly"/>). Members never import: background and seeding code only.
/// </summary>
public sealed class ContentImport<TItem, TContent>(ContentDb<TItem> store, ContentType<TItem, TContent> type, IReaderContext readers, ITenantContext tenant)
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    /// <summary>Imports the item <paramref name="draft"/> makes into the acting municipality; false when an item with its id exists there.</summary>
    public async Task<bool> ImportAsync(Guid id, Func<TItem> draft, IImportedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(state);
        if (readers.Current.IsSignedIn)
        {
            throw new ForbiddenException($"{char.ToUpperInvariant(type.Noun[0])}{type.Noun[1..]}s are imported by the system, not by members.");
        }

        var acting = tenant.MunicipalityId ?? throw new TenantViolationException("Act for the municipality to import into first.");
        // Across municipalities on purpose: an id is unique in the whole network, and only the owner is read.
        var owner = await store.Db.Set<TItem>().AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(item => item.Id == id).Select(item => (Guid?)item.MunicipalityId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            return owner == acting
                ? false
                : throw new ConflictException($"Another municipality has a {type.Noun} with this id.", $"{char.ToUpperInvariant(type.Noun[0])}{type.Noun[1..]}IdTaken", 0);
        }

        var item = draft();
        store.Db.Set<TItem>().Add(item);
        store.Rows.Changes.Add(new ContentChange(item, state.CreatedBy, ContentChangeKind.Created, state.CreatedAt));
        TakeSteps(item, state);
        store.Rows.Outbox.Add(OutboxMessage.IndexOnly($"{type.Noun}.imported", acting, item.Id, state.UpdatedAt ?? state.CreatedAt));
        await store.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The steps that lead to the imported status, each logged with the date the import knows for it.</summary>
    private void TakeSteps(TItem item, IImportedState state)
    {
        var reviewer = state.ReviewedBy ?? state.CreatedBy;
        var moved = state.UpdatedAt ?? state.CreatedAt;
        switch (state.Status)
        {
            case PublicationStatus.InReview:
                Take(item, WorkflowStep.SubmitForReview, null, moved);
                store.Rows.Changes.Add(new ContentChange(item, state.CreatedBy, ContentChangeKind.SubmittedForReview, moved));
                break;
            case PublicationStatus.Draft when state.MovedBeforePublication():
                var comment = state.ReviewComment!.Trim();
                Take(item, WorkflowStep.SubmitForReview, null, moved);
                Take(item, WorkflowStep.ReturnToAuthor, comment, moved);
                store.Rows.Changes.Add(new ContentChange(item, reviewer, ContentChangeKind.ReturnedToAuthor, moved, comment: comment));
                break;
            case PublicationStatus.Published or PublicationStatus.Archived:
                var publishedAt = state.PublishedAt ?? throw new InvalidOperationException("A published import needs its publication date.");
                Take(item, WorkflowStep.Publish, null, publishedAt);
                store.Rows.Changes.Add(new ContentChange(item, reviewer, ContentChangeKind.Published, publishedAt));
                store.Rows.Revisions.Add(new ContentRevision(item, item.NextRevision(), reviewer, publishedAt, [], type.Snapshot(item.Content)));
                if (state.Status == PublicationStatus.Archived)
                {
                    var archivedAt = state.ArchivedAt ?? throw new InvalidOperationException("An archived import needs its archiving date.");
                    Take(item, WorkflowStep.Archive, null, archivedAt);
                    store.Rows.Changes.Add(new ContentChange(item, reviewer, ContentChangeKind.Archived, archivedAt));
                }

                break;
        }
    }

    private void Take(TItem item, WorkflowStep step, string? comment, DateTimeOffset at)
    {
        if (!item.Take(step, comment, at))
        {
            throw new InvalidOperationException($"An imported {type.Noun} cannot take {step} from {item.Status}.");
        }
    }
}
