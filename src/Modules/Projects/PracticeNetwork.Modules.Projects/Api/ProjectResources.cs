using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// A project in a list. <see cref="Status"/> is where the project is (planned, ongoing…), <see cref="PublicationStatus"/>
/// where its page is in the review workflow; <see cref="Participants"/> are the municipalities taking part besides the owner.
/// </summary>
internal sealed record ProjectListItem(
    Guid Id,
    MunicipalityReference Municipality,
    string Title,
    string Summary,
    ProjectStatus Status,
    PublicationStatus PublicationStatus,
    Audience Audience,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool IsJoint,
    IReadOnlyList<MunicipalityReference> Participants,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Partners,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string Url);

/// <summary>
/// A project as the caller may see it. <see cref="Content"/> is what POST and PUT take; <see cref="Version"/> is also
/// the ETag to send in If-Match, for the project and everything in it (participants, team, milestones); <see cref="Permissions"/>
/// say what the caller may do, <see cref="Links"/> where (a link is there only when the caller may use it).
/// <see cref="OwnerContribution"/> is what the owner gives, as each participant's own is in its entry.
/// </summary>
internal sealed record ProjectResource(
    Guid Id,
    MunicipalityReference Municipality,
    PublicationStatus PublicationStatus,
    int Version,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    bool IsJoint,
    ProjectContent Content,
    ContributionResource? OwnerContribution,
    IReadOnlyList<ParticipantResource> Participants,
    IReadOnlyList<TeamMemberResource> Team,
    IReadOnlyList<MilestoneResource> Milestones,
    IReadOnlyList<ProjectUpdateResource> Updates,
    IReadOnlyList<AttachmentResource> Documents,
    ProjectPermissionsResource Permissions,
    ProjectLinks Links);

/// <summary>A municipality invited to the project (not the owner), where it stands, and what it gives in its own words.</summary>
internal sealed record ParticipantResource(
    MunicipalityReference Municipality,
    ParticipantState State,
    Guid InvitedBy,
    DateTimeOffset InvitedAt,
    DateTimeOffset? AnsweredAt,
    ContributionResource? Contribution);

internal sealed record ContributionResource(string Role, string Resources, Guid RecordedBy, DateTimeOffset RecordedAt);

internal sealed record TeamMemberResource(Guid PersonId, string Name, MunicipalityReference Municipality, bool IsProjectManager, DateTimeOffset AddedAt);

/// <summary>A milestone; overdue when its due date (Helsinki) has passed and it is not done.</summary>
internal sealed record MilestoneResource(
    Guid Id,
    string Title,
    DateOnly DueDate,
    MunicipalityReference ResponsibleMunicipality,
    bool IsDone,
    DateTimeOffset? CompletedAt,
    Guid? CompletedBy,
    bool IsOverdue,
    string Url);

/// <summary>A dated status update (Markdown), for the municipality its author wrote it for.</summary>
internal sealed record ProjectUpdateResource(
    Guid Id, MunicipalityReference Municipality, Guid PersonId, string AuthorName, DateTimeOffset PostedAt, string Text, string Url);

/// <summary>What the caller may do: the publication rights of the owner's editors, and the joint work of the project team.</summary>
internal sealed record ProjectPermissionsResource(
    bool CanEdit,
    bool CanDelete,
    bool CanRestore,
    IReadOnlyList<WorkflowStep> Steps,
    bool CanInvite,
    bool CanAnswerInvitation,
    bool CanLeave,
    bool CanManageOwnTeam,
    bool CanAppointManagers,
    bool CanManageMilestones,
    bool CanCompleteMilestones,
    bool CanPostUpdates,
    bool CanRecordContribution,
    bool CanAddDocuments);

/// <summary>Where to read and change the project; null when the caller may not.</summary>
internal sealed record ProjectLinks(
    string Self,
    string History,
    string? Transitions,
    string? Invitations,
    string? Answer,
    string? Leave,
    string? Contribution,
    string? Team,
    string? Milestones,
    string? Updates,
    string? Documents);

/// <summary>The revisions for every reader; <see cref="Changes"/> only for the project's own editors.</summary>
internal sealed record ProjectHistoryResource(Guid ProjectId, string Title, IReadOnlyList<RevisionResource> Revisions, IReadOnlyList<ChangeEntry> Changes);

internal static class ProjectUrls
{
    public const string Root = "/api/v1/projects";

    public const string NotFound = "No such project, or you may not open it.";

    public static string Project(Guid id) => $"{Root}/{id}";

    public static string History(Guid id) => $"{Root}/{id}/history";

    public static string Transitions(Guid id) => $"{Root}/{id}/transitions";

    public static string Documents(Guid id) => $"{Root}/{id}/documents";

    public static string Document(Guid id, Guid attachmentId) => $"{Root}/{id}/documents/{attachmentId}";

    public static string Invitations(Guid id) => $"{Root}/{id}/invitations";

    public static string Answer(Guid id) => $"{Root}/{id}/participants/me/answer";

    public static string Leave(Guid id) => $"{Root}/{id}/participants/me/leave";

    public static string Contribution(Guid id) => $"{Root}/{id}/participants/me/contribution";

    public static string Team(Guid id) => $"{Root}/{id}/team";

    public static string Milestones(Guid id) => $"{Root}/{id}/milestones";

    public static string Milestone(Guid id, Guid milestoneId) => $"{Root}/{id}/milestones/{milestoneId}";

    public static string Updates(Guid id) => $"{Root}/{id}/updates";

    public static string Update(Guid id, Guid updateId) => $"{Root}/{id}/updates/{updateId}";
}
