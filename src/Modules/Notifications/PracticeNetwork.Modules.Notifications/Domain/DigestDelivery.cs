namespace PracticeNetwork.Modules.Notifications.Domain;

public enum DeliveryState
{
    /// <summary>A server has the digest in hand; no outcome yet.</summary>
    Claimed,

    Sent,

    /// <summary>Nothing new for the member in the period: recorded, not sent.</summary>
    Skipped,

    /// <summary>The send failed; it is tried again at <see cref="DigestDelivery.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>Every attempt failed: the address is flagged to the member and to admins; never dropped silently.</summary>
    GaveUp,
}

/// <summary>
/// The one digest of a member for one period, claimed before anything is rendered or sent. The table's unique
/// (member, period key) is what makes it one: a second claim of the same period loses the insert and sends nothing.
/// A claim is held for the lease of <see cref="DeliveryTimings"/>: a server killed mid-batch leaves a claim without an
/// outcome, which the next run takes over once the lease has run out. A failed send waits out its backoff and is tried
/// again, up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class DigestDelivery : PracticeNetwork.SharedKernel.Persistence.IVersioned
{
    public const int MaxAttempts = 6;

    private DigestDelivery()
    {
        PeriodKey = string.Empty;
    }

    private DigestDelivery(Guid memberId, DigestPeriod period, string server, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MemberId = memberId;
        PeriodKey = period.Key;
        WindowStart = period.WindowStart;
        DueAt = period.DueAt;
        Claim(server, now);
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public string PeriodKey { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset WindowStart { get; private set; }

    /// <summary>The lines the sent digest held.</summary>
    public int Items { get; private set; }

    public DeliveryState State { get; private set; }

    public string ClaimedBy { get; private set; } = string.Empty;

    public DateTimeOffset ClaimedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Guards a takeover: of two servers taking over the same open delivery, the second one's save fails.</summary>
    public int Version { get; private set; }

    public bool IsCompleted => State is DeliveryState.Sent or DeliveryState.Skipped or DeliveryState.GaveUp;

    public static DigestDelivery Claim(Guid memberId, DigestPeriod period, string server, DateTimeOffset now) => new(memberId, period, server, now);

    /// <summary>Whether another run may take this delivery now: a lease run out, or a failure whose wait is over.</summary>
    public bool IsOpenAt(DateTimeOffset now, DeliveryTimings timings) => State switch
    {
        DeliveryState.Claimed => now - ClaimedAt >= timings.Lease,
        DeliveryState.Failed => NextAttemptAt <= now,
        _ => false,
    };

    public void TakeOver(string server, DateTimeOffset now, DeliveryTimings timings)
    {
        if (!IsOpenAt(now, timings))
        {
            throw new InvalidOperationException($"The digest {PeriodKey} of {MemberId} is {State} and not open to take over.");
        }

        Claim(server, now);
    }

    public void Sent(DateTimeOffset now, int items = 0)
    {
        Complete(DeliveryState.Sent, now);
        Items = items;
        LastError = null;
    }

    public void NothingNew(DateTimeOffset now) => Complete(DeliveryState.Skipped, now);

    public void SendFailed(string error, DateTimeOffset now, DeliveryTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        EnsureClaimed();
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            State = DeliveryState.GaveUp;
            NextAttemptAt = null;
            CompletedAt = now;
            return;
        }

        State = DeliveryState.Failed;
        NextAttemptAt = now + timings.Backoff[Math.Min(Attempts, timings.Backoff.Count) - 1];
    }

    private void Claim(string server, DateTimeOffset now)
    {
        State = DeliveryState.Claimed;
        ClaimedBy = server;
        ClaimedAt = now;
        Attempts++;
        NextAttemptAt = null;
    }

    private void Complete(DeliveryState state, DateTimeOffset now)
    {
        EnsureClaimed();
        State = state;
        CompletedAt = now;
        NextAttemptAt = null;
    }

    private void EnsureClaimed()
    {
        if (State != DeliveryState.Claimed)
        {
            throw new InvalidOperationException($"The digest {PeriodKey} of {MemberId} is {State}, not claimed.");
        }
    }
}
