namespace PracticeNetwork.Content.Contracts;

/// <summary>
/// Something that happened in a module that other modules may react to, written to the module's outbox in the same
/// transaction as the change. Each concrete event names itself with <see cref="IntegrationEventAttribute"/>; its
/// properties are its versioned payload (docs/events.md is the catalogue).
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// The stable name (<c>practice.published</c>) and payload version of an integration event. A consumer reads the
/// name to pick the type; a change that removes or retypes a field takes a new version.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name, int version) : Attribute
{
    public string Name { get; } = name;

    public int Version { get; } = version;
}

/// <summary>
/// The base of every content event: which item, of which municipality, by whom, and the title and audience it had
/// when the event happened. A consumer must re-check at its own time that a reader may open the item: the audience
/// may have narrowed, the item may be archived or deleted since.
/// </summary>
public abstract record ContentEvent : IntegrationEvent
{
    public Guid ItemId { get; init; }

    public Guid MunicipalityId { get; init; }

    public Guid PersonId { get; init; }

    public string Title { get; init; } = string.Empty;

    public Audience Audience { get; init; }

    /// <summary>The item's latest published revision when the event happened (0 before the first publication).</summary>
    public int Revision { get; init; }
}
