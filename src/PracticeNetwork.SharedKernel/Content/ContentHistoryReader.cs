using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// The history of any content item: the published revisions (for everyone who may open the item, each only if its
/// own audience lets the reader in), with the fields each changed and a word diff of its texts against the revision
/// before; the full change log only for the owning municipality's authors and reviewers, because it holds drafts' comments.
/// </summary>
public sealed class ContentHistoryReader<TItem, TContent>(ContentDb<TItem> store, ContentType<TItem, TContent> type, IReaderContext readers)
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    public async Task<ContentHistory?> ReadAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (await store.Db.ItemTheReaderMayOpenAsync<TItem>(reader, itemId, evenDeleted: false, type.MayOpen, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return null;
        }

        var revisions = await store.Rows.Revisions.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(revision => revision.ItemId == item.Id).OrderBy(revision => revision.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RevisionEntry>();
        TContent? previous = null;
        foreach (var revision in revisions)
        {
            var content = type.FromSnapshot(revision.Snapshot);
            // Text once published inside the municipality stays inside when a later revision opens the item to the
            // network or the public (and no diff shows it).
            if (!Visibility.CanOpen(reader, item.MunicipalityId, PublicationStatus.Published, content.Audience, item.CreatedBy))
            {
                continue;
            }

            entries.Add(new RevisionEntry(revision.Number, revision.PublishedAt, revision.PublishedBy, content.Title,
                revision.ChangedFields, previous is null ? [] : Diffs(previous, content)));
            previous = content;
        }

        entries.Reverse();
        var insider = reader.ActsFor(item.MunicipalityId) && (reader.IsAuthor || reader.IsReviewer);
        var changes = insider
            ? await store.Rows.Changes.AsNoTracking().Where(change => change.ItemId == item.Id)
                .OrderByDescending(change => change.At).Take(500)
                .Select(change => new ChangeEntry(change.At, change.PersonId, change.Kind, change.Fields, change.Comment))
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        return new ContentHistory(item.Id, item.Title, entries, changes);
    }

    private static List<FieldDiff> Diffs(TContent before, TContent after) =>
    [
        .. before.Texts().Zip(after.Texts())
            .Where(pair => pair.First.Text != pair.Second.Text)
            .Select(pair => new FieldDiff(pair.First.Field, [.. TextDiff.Compare(pair.First.Text, pair.Second.Text)
                .Select(segment => new TextDiffSegment((TextChange)segment.Kind, segment.Text))])),
    ];
}
