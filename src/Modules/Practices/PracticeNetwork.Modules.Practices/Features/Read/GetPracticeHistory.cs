using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>
/// The published revisions (for everyone who may open the practice), each with the fields it changed and a word
/// diff of its texts against the revision before; the full change log only for the owning municipality's
/// authors and reviewers, because it holds drafts' comments.
/// </summary>
internal sealed class GetPracticeHistoryHandler(PracticesDbContext db, IReaderContext readers) : IQueryHandler<GetPracticeHistory, ContentHistory?>
{
    public async ValueTask<ContentHistory?> Handle(GetPracticeHistory query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (await db.PracticeTheReaderMayOpenAsync(reader, query.PracticeId, evenDeleted: false, cancellationToken).ConfigureAwait(false) is not { } practice)
        {
            return null;
        }

        var revisions = await db.Revisions.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(revision => revision.PracticeId == practice.Id).OrderBy(revision => revision.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RevisionEntry>();
        PracticeContent? previous = null;
        foreach (var revision in revisions)
        {
            var content = PracticeSnapshot.Deserialize(revision.Snapshot);
            // A revision is shown only to those its own audience let in: text once published inside the municipality
            // stays inside when a later revision opens the practice to the network or the public (and no diff shows it).
            if (!Visibility.CanOpen(reader, practice.MunicipalityId, PublicationStatus.Published, content.Audience, practice.CreatedBy))
            {
                continue;
            }

            entries.Add(new RevisionEntry(revision.Number, revision.PublishedAt, revision.PublishedBy, content.Title,
                revision.ChangedFields, previous is null ? [] : Diffs(previous, content)));
            previous = content;
        }

        entries.Reverse();
        var insider = reader.IsMember && reader.ActingMunicipalityId == practice.MunicipalityId && (reader.IsAuthor || reader.IsReviewer);
        var changes = insider
            ? await db.Changes.AsNoTracking().Where(change => change.PracticeId == practice.Id)
                .OrderByDescending(change => change.At).Take(500)
                .Select(change => new ChangeEntry(change.At, change.PersonId, change.Kind, change.Fields, change.Comment))
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        return new ContentHistory(practice.Id, practice.Title, entries, changes);
    }

    private static List<FieldDiff> Diffs(PracticeContent before, PracticeContent after) =>
    [
        .. before.Texts().Zip(after.Texts())
            .Where(pair => pair.First.Text != pair.Second.Text)
            .Select(pair => new FieldDiff(pair.First.Field, [.. TextDiff.Compare(pair.First.Text, pair.Second.Text)
                .Select(segment => new TextDiffSegment((TextChange)segment.Kind, segment.Text))])),
    ];
}
