using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>A municipality invited to a project, and where it stands: invited, accepted, declined or left.</summary>
public sealed class Participation
{
    private Participation()
    {
    }

    internal Participation(Guid municipalityId, Guid invitedBy, DateTimeOffset invitedAt)
    {
        MunicipalityId = municipalityId;
        InvitedBy = invitedBy;
        InvitedAt = invitedAt;
        State = ParticipantState.Invited;
    }

    public Guid MunicipalityId { get; private set; }

    public ParticipantState State { get; private set; }

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public Guid? AnsweredBy { get; private set; }

    /// <summary>When it accepted, declined or left.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    internal void Reinvite(Guid by, DateTimeOffset now)
    {
        State = ParticipantState.Invited;
        InvitedBy = by;
        InvitedAt = now;
        AnsweredBy = null;
        AnsweredAt = null;
    }

    internal void Answer(bool accept, Guid by, DateTimeOffset now)
    {
        State = accept ? ParticipantState.Accepted : ParticipantState.Declined;
        AnsweredBy = by;
        AnsweredAt = now;
    }

    internal void Leave(Guid by, DateTimeOffset now)
    {
        State = ParticipantState.Left;
        AnsweredBy = by;
        AnsweredAt = now;
    }

    /// <summary>For imports, which keep the source's states and dates.</summary>
    internal static Participation Imported(ImportedParticipant imported, Guid invitedBy) => new()
    {
        MunicipalityId = imported.MunicipalityId,
        State = imported.State,
        InvitedBy = invitedBy,
        InvitedAt = imported.InvitedAt,
        AnsweredBy = imported.State == ParticipantState.Invited ? null : invitedBy,
        AnsweredAt = imported.State == ParticipantState.Invited ? null : imported.AnsweredAt ?? imported.InvitedAt,
    };
}

/// <summary>A person on the team for one participating municipality (a person can be on it for several).</summary>
public sealed class TeamMembership(Guid personId, Guid municipalityId, bool isProjectManager, DateTimeOffset addedAt)
{
    public Guid PersonId { get; private set; } = personId;

    public Guid MunicipalityId { get; private set; } = municipalityId;

    public bool IsProjectManager { get; internal set; } = isProjectManager;

    public DateTimeOffset AddedAt { get; private set; } = addedAt;
}

/// <summary>A planned milestone; done when <see cref="CompletedAt"/> is set.</summary>
public sealed class Milestone(Guid id, string title, DateOnly dueDate, Guid responsibleMunicipalityId)
{
    public Guid Id { get; private set; } = id;

    public string Title { get; internal set; } = title;

    public DateOnly DueDate { get; internal set; } = dueDate;

    public Guid ResponsibleMunicipalityId { get; internal set; } = responsibleMunicipalityId;

    public DateTimeOffset? CompletedAt { get; internal set; }

    public Guid? CompletedBy { get; internal set; }

    public bool IsDone => CompletedAt is not null;

    public bool IsOverdueOn(DateOnly today) => !IsDone && DueDate < today;
}
