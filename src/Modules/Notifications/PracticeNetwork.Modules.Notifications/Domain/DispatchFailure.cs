namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// An outbox event the dispatcher could not handle. It stays unprocessed in its module's outbox, and later events of
/// the same item wait behind it (order per item). It is retried on <see cref="Backoff"/>; after the last wait it is
/// dead-lettered (<see cref="IsDead"/>) and waits for a network admin's replay.
/// </summary>
public sealed class DispatchFailure
{
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    private DispatchFailure()
    {
        Source = EventType = LastError = string.Empty;
    }

    public DispatchFailure(string source, Guid messageId, Guid itemId, string eventType, DateTimeOffset occurredAt)
    {
        Source = source;
        MessageId = messageId;
        ItemId = itemId;
        EventType = eventType;
        OccurredAt = occurredAt;
        LastError = string.Empty;
    }

    /// <summary>The content kind whose outbox holds the event ("practice").</summary>
    public string Source { get; private set; }

    public Guid MessageId { get; private set; }

    public Guid ItemId { get; private set; }

    public string EventType { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; private set; }

    public string LastError { get; private set; }

    public DateTimeOffset LastAttemptAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public bool IsDead => NextAttemptAt is null && Attempts > 0;

    public bool IsDueAt(DateTimeOffset now) => NextAttemptAt is { } next && next <= now;

    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        LastAttemptAt = now;
        NextAttemptAt = Attempts <= Backoff.Length ? now + Backoff[Attempts - 1] : null;
    }

    /// <summary>A network admin's replay: tried again on the next run, with a fresh retry schedule.</summary>
    public void Replay(DateTimeOffset now)
    {
        Attempts = 0;
        NextAttemptAt = now;
    }
}
