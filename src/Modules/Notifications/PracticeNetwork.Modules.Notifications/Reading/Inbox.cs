using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Notifications.Reading;

/// <summary>
/// The signed-in member's notifications, as the current reader may see them: the latest <see cref="Window"/>, newest
/// first, trimmed to what the reader may open now. Marking read touches only the member's own rows.
/// </summary>
public sealed class Inbox(NotificationsDbContext db, VisibleNotifications visible, IReaderContext reader, TimeProvider clock)
{
    public const int Window = 300;

    private Guid Person => reader.Current.PersonId ?? throw new ForbiddenException("Sign in to see notifications.");

    public async Task<IReadOnlyList<ShownNotification>> LatestAsync(CancellationToken cancellationToken)
    {
        var person = Person;
        var notes = await db.Notifications.AsNoTracking()
            .Where(note => note.PersonId == person)
            .OrderByDescending(note => note.CreatedAt).ThenByDescending(note => note.OccurredAt)
            .Take(Window)
            .ToListAsync(cancellationToken);
        return await visible.FilterAsync([reader.Current], notes, cancellationToken);
    }

    public async Task<int> CountUnreadAsync(int cap, CancellationToken cancellationToken)
    {
        if (reader.Current.PersonId is not { } person)
        {
            return 0;
        }

        var unread = await db.Notifications.AsNoTracking()
            .Where(note => note.PersonId == person && note.ReadAt == null)
            .OrderByDescending(note => note.CreatedAt)
            .Take(cap)
            .ToListAsync(cancellationToken);
        return (await visible.FilterAsync([reader.Current], unread, cancellationToken)).Count;
    }

    /// <summary>Marks the notification read and returns where it leads; null (404) when it is not the reader's or not visible.</summary>
    public async Task<FeedItemLink?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = Person;
        var note = await db.Notifications.SingleOrDefaultAsync(row => row.Id == id && row.PersonId == person, cancellationToken);
        if (note is null)
        {
            return null;
        }

        var shown = await visible.FilterAsync([reader.Current], [note], cancellationToken);
        if (shown.Count == 0)
        {
            return null;
        }

        note.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return shown[0].Item;
    }

    public async Task<bool> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = Person;
        var note = await db.Notifications.SingleOrDefaultAsync(row => row.Id == id && row.PersonId == person && row.ReadAt == null, cancellationToken);
        note?.MarkRead(clock.GetUtcNow());
        return await db.SaveChangesAsync(cancellationToken) > 0;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var person = Person;
        var now = clock.GetUtcNow();
        foreach (var note in await db.Notifications.Where(row => row.PersonId == person && row.ReadAt == null).ToListAsync(cancellationToken))
        {
            note.MarkRead(now);
        }

        return await db.SaveChangesAsync(cancellationToken);
    }
}
