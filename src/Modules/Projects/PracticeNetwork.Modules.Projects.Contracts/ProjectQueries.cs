using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Projects.Contracts;

/// <summary>One project, if the current reader may open it (its audience, or taking part in it); null otherwise.</summary>
public sealed record GetProject(Guid ProjectId) : IQuery<ProjectDetails?>;

public sealed record ProjectDetails(
    Guid Id,
    Guid MunicipalityId,
    ProjectContent Content,
    PublicationStatus PublicationStatus,
    int Version,
    int RevisionNumber,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    IReadOnlyList<ProjectParticipant> Participants,
    IReadOnlyList<ProjectTeamMember> Team,
    IReadOnlyList<ProjectMilestone> Milestones,
    IReadOnlyList<ProjectUpdateEntry> Updates,
    IReadOnlyList<AttachmentInfo> Documents,
    ProjectPermissions Permissions)
{
    /// <summary>The owner and the municipalities that accepted and have not left.</summary>
    public IEnumerable<Guid> TakingPart => Participants.Where(participant => participant.State == ParticipantState.Accepted)
        .Select(participant => participant.MunicipalityId).Prepend(MunicipalityId);

    public bool IsJoint => Participants.Any(participant => participant.State == ParticipantState.Accepted);

    /// <summary>What the owner gives to its own project, in its words.</summary>
    public ProjectContribution? OwnerContribution { get; init; }
}

/// <summary>
/// A municipality invited to the project (the owner is not listed), with what it gives: its role in the project and
/// resources, written by the participant itself (<see cref="Contribution"/>).
/// </summary>
public sealed record ProjectParticipant(
    Guid MunicipalityId,
    ParticipantState State,
    Guid InvitedBy,
    DateTimeOffset InvitedAt,
    DateTimeOffset? AnsweredAt,
    ProjectContribution? Contribution);

/// <summary>What one municipality gives to the project, in its own words (the owner records one too).</summary>
public sealed record ProjectContribution(Guid MunicipalityId, string Role, string Resources, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A person on the project team, for one participating municipality; project managers coordinate the project.</summary>
public sealed record ProjectTeamMember(Guid PersonId, string Name, Guid MunicipalityId, bool IsProjectManager, DateTimeOffset AddedAt);

/// <summary>A milestone; overdue when its due date (Helsinki) has passed and it is not done.</summary>
public sealed record ProjectMilestone(
    Guid Id,
    string Title,
    DateOnly DueDate,
    Guid ResponsibleMunicipalityId,
    DateTimeOffset? CompletedAt,
    Guid? CompletedBy,
    bool IsOverdue)
{
    public bool IsDone => CompletedAt is not null;
}

/// <summary>A dated status update (Markdown), attributed to the municipality its author wrote it for.</summary>
public sealed record ProjectUpdateEntry(Guid Id, Guid MunicipalityId, Guid PersonId, string AuthorName, DateTimeOffset PostedAt, string Text);

/// <summary>What the current reader may do on the project.</summary>
public sealed record ProjectPermissions(
    ContentPermissions Content,
    bool Invite,
    bool AnswerInvitation,
    bool Leave,
    bool ManageOwnTeam,
    bool AppointManagers,
    bool ManageMilestones,
    bool CompleteMilestones,
    bool PostUpdates,
    bool RecordContribution,
    bool AddDocuments)
{
    public static readonly ProjectPermissions None = new(
        new ContentPermissions(false, false, false, []), false, false, false, false, false, false, false, false, false, false);

    /// <summary>The reader is on the project team (of a municipality that takes part).</summary>
    public bool IsTeamMember => PostUpdates;
}

public enum ProjectSort
{
    /// <summary>Latest start first.</summary>
    Started,

    /// <summary>Latest change first.</summary>
    Updated,

    Title,
}

/// <summary>
/// Filters for browsing. <paramref name="MunicipalityIds"/> matches the owner or an accepted participant (a region is
/// its municipalities); <paramref name="Year"/> is a year the project ran in; <paramref name="Partner"/> matches a
/// partner organisation's name.
/// </summary>
public sealed record ProjectFilter(
    IReadOnlyList<Guid>? MunicipalityIds = null,
    Theme? Theme = null,
    ProjectStatus? Status = null,
    int? Year = null,
    bool JointOnly = false,
    string? Partner = null,
    bool IncludeArchived = false,
    ProjectSort Sort = ProjectSort.Started);

/// <summary>Published projects the reader may open, across the network, plus those the reader's municipality takes part in.</summary>
public sealed record ListProjects(ProjectFilter Filter, int Page = 1, int PageSize = 20) : IQuery<ContentPage<ProjectSummary>>;

public sealed record ProjectSummary(
    Guid Id,
    Guid MunicipalityId,
    string Title,
    string Summary,
    ProjectStatus Status,
    PublicationStatus PublicationStatus,
    Audience Audience,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<Guid> Participants,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Partners,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int OverdueMilestones = 0)
{
    public bool IsJoint => Participants.Count > 0;
}

/// <summary>For a municipality's page: the projects it owns and those it takes part in, as far as the reader may open them.</summary>
public sealed record ListMunicipalityProjects(Guid MunicipalityId) : IQuery<MunicipalityProjects>;

public sealed record MunicipalityProjects(IReadOnlyList<ProjectSummary> Owned, IReadOnlyList<ProjectSummary> TakingPart);

/// <summary>
/// The projects the reader is on the team of, for the acting municipality, in any publication status, with
/// their overdue milestones counted: the project manager's own list.
/// </summary>
public sealed record ListMyProjects : IQuery<IReadOnlyList<ProjectSummary>>;

/// <summary>Invitations waiting for the acting municipality's answer (its admins see them).</summary>
public sealed record ListProjectInvitations : IQuery<IReadOnlyList<ProjectInvitation>>;

public sealed record ProjectInvitation(Guid ProjectId, string Title, Guid OwnerMunicipalityId, Guid InvitedBy, string InvitedByName, DateTimeOffset InvitedAt)
{
    /// <summary>The project's version, to answer over (an invited admin may not be able to open the project itself).</summary>
    public int Version { get; init; }
}

/// <summary>A project's title for a link (a practice naming its origin project), if the reader may open it.</summary>
public sealed record GetProjectReference(Guid ProjectId) : IQuery<ProjectReference?>;

public sealed record ProjectReference(Guid Id, string Title, Guid MunicipalityId);

/// <summary>Published revisions and, for the project's own editors, every change.</summary>
public sealed record GetProjectHistory(Guid ProjectId) : IQuery<ContentHistory?>;

/// <summary>A document's content, if the reader may open its project.</summary>
public sealed record OpenProjectDocument(Guid ProjectId, Guid AttachmentId) : IQuery<AttachmentContent?>;
