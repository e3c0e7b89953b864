using PracticeNetwork.Modules.Notifications.Contracts;

namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// One event for one member who follows what it is about: unique per (event, member), so an event dispatched twice
/// creates nothing twice. It keeps the event's facts, never a permission: whether the member may see it is asked of
/// the item's module each time it is shown or mailed. <see cref="CreatedAt"/> (when it was dispatched) places it in a
/// digest window, so an event dispatched after a digest went out is in the next one, never in neither.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
        EventType = ContentKind = Title = ReasonKey = string.Empty;
    }

    public Notification(Guid personId, Guid eventId, string eventType, string contentKind, Guid itemId, Guid municipalityId,
        string title, FollowTarget reason, DateTimeOffset occurredAt, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Id = Guid.NewGuid();
        PersonId = personId;
        EventId = eventId;
        EventType = eventType;
        ContentKind = contentKind;
        ItemId = itemId;
        MunicipalityId = municipalityId;
        Title = title;
        ReasonKind = reason.Kind;
        ReasonKey = reason.Key;
        OccurredAt = occurredAt;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The event's stable name, "practice.published".</summary>
    public string EventType { get; private set; }

    /// <summary>The content type's noun, "practice", which picks the module that answers for the item.</summary>
    public string ContentKind { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>The title when the event happened; pages and digests show the item's title now.</summary>
    public string Title { get; private set; }

    public FollowKind ReasonKind { get; private set; }

    public string ReasonKey { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public FollowTarget Reason => new(ReasonKind, ReasonKey);

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
