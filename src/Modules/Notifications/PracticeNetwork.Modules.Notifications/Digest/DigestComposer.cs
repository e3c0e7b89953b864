using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Reading;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>A member's digest window: the notifications dispatched to them from <paramref name="From"/> until just before <paramref name="Until"/>.</summary>
public sealed record DigestWindow(Guid PersonId, DateTimeOffset From, DateTimeOffset Until)
{
    public bool Holds(DateTimeOffset moment) => moment >= From && moment < Until;
}

public sealed record DigestLine(string Title, string Path, string EventType, DateTimeOffset OccurredAt, string? Municipality);

/// <param name="Why">"Why you got this": the follow that brought these lines.</param>
public sealed record DigestGroup(FollowTarget Reason, string Heading, string Why, IReadOnlyList<DigestLine> Lines);

/// <param name="Items">The items with news in the window, of which the groups show at most <see cref="DigestComposer.MaxLines"/>.</param>
public sealed record DigestContent(IReadOnlyList<DigestGroup> Groups, int Items)
{
    public int Shown => Groups.Sum(group => group.Lines.Count);

    public bool IsEmpty => Items == 0;
}

/// <summary>
/// What one member's digest holds for a window: the notifications dispatched to them in it, re-checked against what
/// they may open now, one line per item (its latest change, under the most specific follow that brought it), grouped
/// by follow, capped at <see cref="MaxLines"/> with the rest counted for "see all".
/// </summary>
public sealed class DigestComposer(NotificationsDbContext db, VisibleNotifications visible, FollowLabels labels)
{
    public const int MaxLines = 25;

    public async Task<DigestContent> ComposeAsync(
        Guid personId, IReadOnlyCollection<Reader> readers, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        (from, until) = (from.ToUniversalTime(), until.ToUniversalTime());
        var notes = await db.Notifications.AsNoTracking()
            .Where(note => note.PersonId == personId && note.CreatedAt >= from && note.CreatedAt < until)
            .ToListAsync(cancellationToken);
        return await ComposeAsync(await visible.FilterAsync(readers, notes, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// What each member of a batch may be told of in their own window, read for the whole batch at once: their
    /// notifications in one query per chunk of members, re-checked with each content type once, as they may open the items now.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ShownNotification>>> NewsAsync(
        IReadOnlyCollection<DigestWindow> windows, IReadOnlyDictionary<Guid, IReadOnlyList<Reader>> readersOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var notes = new List<Notification>();
        foreach (var chunk in windows.Chunk(500))
        {
            var people = chunk.Select(window => window.PersonId).ToList();
            var (from, until) = (chunk.Min(window => window.From).ToUniversalTime(), chunk.Max(window => window.Until).ToUniversalTime());
            notes.AddRange(await db.Notifications.AsNoTracking()
                .Where(note => people.Contains(note.PersonId) && note.CreatedAt >= from && note.CreatedAt < until)
                .ToListAsync(cancellationToken));
        }

        var windowOf = windows.ToDictionary(window => window.PersonId);
        var inWindow = notes.Where(note => windowOf[note.PersonId].Holds(note.CreatedAt)).ToLookup(note => note.PersonId);
        return await visible.FilterEachAsync(windows.ToDictionary(window => window.PersonId, window => readersOf.GetValueOrDefault(window.PersonId) ?? []),
            inWindow, cancellationToken);
    }

    /// <summary>The digest of notifications the member may be shown: one line per item, grouped by follow, in the current UI language.</summary>
    public async Task<DigestContent> ComposeAsync(IReadOnlyList<ShownNotification> shown, CancellationToken cancellationToken)
    {
        var latest = shown
            .GroupBy(entry => (entry.Note.ContentKind, entry.Note.ItemId))
            .Select(item => (Latest: item.MaxBy(entry => entry.Note.OccurredAt)!, Reason: item.Select(entry => entry.Note.Reason).MinBy(reason => reason.Kind)!))
            .OrderByDescending(item => item.Latest.Note.OccurredAt)
            .ToList();
        var groups = new List<DigestGroup>();
        foreach (var group in latest.Take(MaxLines).GroupBy(item => item.Reason).OrderBy(group => group.Key.Kind))
        {
            var lines = new List<DigestLine>();
            foreach (var (entry, _) in group)
            {
                lines.Add(new DigestLine(entry.Item.Title, entry.Item.Path, entry.Note.EventType, entry.Note.OccurredAt,
                    await labels.MunicipalityAsync(entry.Item.MunicipalityId, cancellationToken)));
            }

            var heading = group.Key.Kind == FollowKind.Item
                ? null
                : await labels.NameAsync(group.Key, cancellationToken);
            groups.Add(new DigestGroup(group.Key, heading ?? string.Empty, await labels.ReasonAsync(group.Key, cancellationToken), lines));
        }

        return new DigestContent(groups, latest.Count);
    }
}
