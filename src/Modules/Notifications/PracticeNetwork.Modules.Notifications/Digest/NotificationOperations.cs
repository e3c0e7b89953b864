using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>One day's digests by outcome (the day they fell due, Helsinki time).</summary>
public sealed record DigestRunDay(DateOnly Day, int Due, int Sent, int Skipped, int Failed, int GaveUp, int InProgress);

/// <summary>What a network admin sees of the notification machinery: digest runs, failing addresses, dead letters.</summary>
public sealed class NotificationOperations(NotificationsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DigestRunDay>> RunsAsync(int days, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-days);
        var rows = await db.DigestDeliveries.AsNoTracking().Where(delivery => delivery.DueAt >= since)
            .Select(delivery => new { delivery.DueAt, delivery.State }).ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(row => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(row.DueAt, HelsinkiTime.Zone).DateTime))
            .OrderByDescending(group => group.Key)
            .Select(group => new DigestRunDay(group.Key, group.Count(),
                group.Count(row => row.State == DeliveryState.Sent), group.Count(row => row.State == DeliveryState.Skipped),
                group.Count(row => row.State == DeliveryState.Failed), group.Count(row => row.State == DeliveryState.GaveUp),
                group.Count(row => row.State == DeliveryState.Claimed)))];
    }

    /// <summary>Members whose address failed on the last sends, worst first.</summary>
    public async Task<IReadOnlyList<(Guid PersonId, int FailedSends)>> FailingAddressesAsync(CancellationToken cancellationToken) =>
        [.. (await db.DigestSettings.AsNoTracking().Where(settings => settings.FailedSends > 0)
                .OrderByDescending(settings => settings.FailedSends).Take(100)
                .Select(settings => new { settings.PersonId, settings.FailedSends }).ToListAsync(cancellationToken))
            .Select(row => (row.PersonId, row.FailedSends))];

    public async Task<IReadOnlyList<DispatchFailure>> DispatchFailuresAsync(CancellationToken cancellationToken) =>
        [.. (await db.DispatchFailures.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(failure => failure.OccurredAt)];

    /// <summary>Replays a failed or dead-lettered event on the next dispatcher run; false when there is no such failure.</summary>
    public async Task<bool> ReplayAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var failure = await db.DispatchFailures.SingleOrDefaultAsync(row => row.MessageId == messageId, cancellationToken);
        if (failure is null)
        {
            return false;
        }

        failure.Replay(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
