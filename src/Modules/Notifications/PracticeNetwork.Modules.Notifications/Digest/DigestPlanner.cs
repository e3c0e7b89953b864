using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>
/// Which period a member's digest is due for now, from their preference, their completed digests and any delivery
/// still open (a failed send waiting for its retry, a claim whose server died): one place, used by the recurring job
/// to find who is due and by each batch again when it claims, so two servers always agree on the period key.
/// </summary>
public sealed class DigestPlanner(NotificationsDbContext db, DigestOptions options)
{
    /// <summary>How far back completed digests are read; a window never starts earlier than this.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(35);

    public async Task<IReadOnlyDictionary<Guid, MemberDigestState>> StatesAsync(IReadOnlyCollection<Guid> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Lookback;
        var settings = new List<DigestSettings>();
        var deliveries = new List<DigestDelivery>();
        foreach (var chunk in people.Distinct().Chunk(500))
        {
            settings.AddRange(await db.DigestSettings.AsNoTracking().Where(row => chunk.Contains(row.PersonId)).ToListAsync(cancellationToken));
            deliveries.AddRange(await db.DigestDeliveries.AsNoTracking()
                .Where(delivery => chunk.Contains(delivery.MemberId)
                    && (delivery.DueAt >= since || delivery.State == DeliveryState.Claimed || delivery.State == DeliveryState.Failed))
                .ToListAsync(cancellationToken));
        }

        var byPerson = deliveries.ToLookup(delivery => delivery.MemberId);
        var settingsOf = settings.ToDictionary(row => row.PersonId);
        return people.Distinct().ToDictionary(
            person => person,
            person => new MemberDigestState(
                settingsOf.GetValueOrDefault(person),
                byPerson[person].Where(delivery => delivery.IsCompleted).MaxBy(delivery => delivery.DueAt),
                byPerson[person].FirstOrDefault(delivery => !delivery.IsCompleted)));
    }

    /// <summary>The period to send now: an open delivery whose retry or lease is over, else a new period if one is due.</summary>
    public DigestPeriod? Due(MemberDigestState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Open is { } open)
        {
            return open.IsOpenAt(now, options.Timings) ? new DigestPeriod(open.PeriodKey, open.DueAt, open.WindowStart) : null;
        }

        var preference = state.Settings?.Preference ?? DigestPreference.Default;
        var period = DigestSchedule.Due(preference, now, state.LastCompleted?.DueAt ?? state.Settings?.Since);
        // Completed digests are read back Lookback far; a window never reaches further than they do.
        return period is { } due && due.WindowStart < now - Lookback ? due with { WindowStart = now - Lookback } : period;
    }
}

public sealed record MemberDigestState(DigestSettings? Settings, DigestDelivery? LastCompleted, DigestDelivery? Open);
