namespace PracticeNetwork.Modules.Identity.Domain;

/// <summary>One security-relevant event: who did what to whom, when. Append-only.</summary>
public sealed class AuditEntry
{
    public AuditEntry(DateTimeOffset at, string action, Guid? actorId, string subject, Guid? municipalityId, string? details)
    {
        Id = Guid.NewGuid();
        At = at;
        Action = action;
        ActorId = actorId;
        Subject = subject;
        MunicipalityId = municipalityId;
        Details = details;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Action { get; private set; }

    public Guid? ActorId { get; private set; }

    public string Subject { get; private set; }

    public Guid? MunicipalityId { get; private set; }

    public string? Details { get; private set; }
}
