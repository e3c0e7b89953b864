using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Projects.Contracts;

/// <summary>Creates a draft project owned by the acting municipality; its creator is its first project manager.</summary>
public sealed record CreateProject(ProjectContent Content) : ICommand<Guid>;

/// <summary>Saves the shared fields over <paramref name="Version"/>; returns the new version.</summary>
public sealed record UpdateProject(Guid ProjectId, ProjectContent Content, int Version, bool MinorChange = false) : ICommand<int>;

/// <summary>Takes a publication workflow step (the owner's reviewers); returns the new version.</summary>
public sealed record TakeProjectStep(Guid ProjectId, WorkflowStep Step, int Version, string? Comment = null) : ICommand<int>;

public sealed record DeleteProject(Guid ProjectId, int Version) : ICommand;

public sealed record RestoreDeletedProject(Guid ProjectId) : ICommand;

/// <summary>A project manager invites a municipality; its admins accept or decline. Returns the new version.</summary>
public sealed record InviteMunicipality(Guid ProjectId, Guid MunicipalityId, int Version) : ICommand<int>;

/// <summary>
/// The invited municipality's admin answers; on accepting, <paramref name="TeamMembers"/> (members of that
/// municipality) join the team. Returns the new version.
/// </summary>
public sealed record AnswerProjectInvitation(Guid ProjectId, bool Accept, IReadOnlyList<Guid> TeamMembers, int Version) : ICommand<int>;

/// <summary>The acting municipality leaves the project (its admin or project manager); what it wrote stays.</summary>
public sealed record LeaveProject(Guid ProjectId, int Version) : ICommand<int>;

/// <summary>Adds a member of the acting municipality to the team (its admin, or a team member of that municipality).</summary>
public sealed record AddTeamMember(Guid ProjectId, Guid PersonId, int Version) : ICommand<int>;

/// <summary>Takes a person off the team; the last project manager cannot go.</summary>
public sealed record RemoveTeamMember(Guid ProjectId, Guid PersonId, int Version) : ICommand<int>;

/// <summary>A project manager makes a team member a project manager, or not; the last one stays.</summary>
public sealed record SetProjectManager(Guid ProjectId, Guid PersonId, bool IsProjectManager, int Version) : ICommand<int>;

/// <summary>The acting municipality's role in the project and the resources it gives (its team or admin).</summary>
public sealed record RecordContribution(Guid ProjectId, string Role, string Resources) : ICommand;

public sealed record MilestoneSaved(Guid MilestoneId, int Version);

/// <summary>Project managers plan milestones; the responsible municipality must take part.</summary>
public sealed record AddMilestone(Guid ProjectId, string Title, DateOnly DueDate, Guid ResponsibleMunicipalityId, int Version) : ICommand<MilestoneSaved>;

public sealed record UpdateMilestone(Guid ProjectId, Guid MilestoneId, string Title, DateOnly DueDate, Guid ResponsibleMunicipalityId, int Version) : ICommand<int>;

public sealed record RemoveMilestone(Guid ProjectId, Guid MilestoneId, int Version) : ICommand<int>;

/// <summary>Marks a milestone done (or not yet): project managers, or the team of the responsible municipality.</summary>
public sealed record CompleteMilestone(Guid ProjectId, Guid MilestoneId, bool Done, int Version) : ICommand<int>;

/// <summary>Posts a dated status update (Markdown) for the acting municipality (team members); returns its id.</summary>
public sealed record PostProjectUpdate(Guid ProjectId, string Text) : ICommand<Guid>;

public sealed record AddProjectDocument(Guid ProjectId, string FileName, Stream Content) : ICommand<Guid>;

public sealed record RemoveProjectDocument(Guid ProjectId, Guid AttachmentId) : ICommand;

/// <summary>
/// Brings a project in as it already is (the demo network), owned by the acting municipality, with its own ids and
/// dates; false when it exists. Background work only; writes no events. The participants, team and milestones come
/// with it; each participant's updates and contribution are imported separately, acting for that participant.
/// </summary>
public sealed record ImportProject(
    Guid Id,
    ProjectContent Content,
    PublicationStatus Status,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ArchivedAt,
    string? ReviewComment,
    IReadOnlyList<ImportedParticipant> Participants,
    IReadOnlyList<ImportedTeamMember> Team,
    IReadOnlyList<ImportedMilestone> Milestones,
    Guid? ReviewedBy = null,
    DateTimeOffset? UpdatedAt = null) : ICommand<bool>, IImportedState;

public sealed record ImportedParticipant(Guid MunicipalityId, ParticipantState State, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt);

public sealed record ImportedTeamMember(Guid PersonId, Guid MunicipalityId, bool IsProjectManager, DateTimeOffset AddedAt);

public sealed record ImportedMilestone(Guid Id, string Title, DateOnly DueDate, Guid ResponsibleMunicipalityId, DateTimeOffset? CompletedAt, Guid? CompletedBy);

/// <summary>An update written by the acting municipality, with its own id and time; false when it exists.</summary>
public sealed record ImportProjectUpdate(Guid ProjectId, Guid UpdateId, Guid PersonId, DateTimeOffset PostedAt, string Text) : ICommand<bool>;

/// <summary>The acting municipality's contribution, as it is; replaces an earlier one.</summary>
public sealed record ImportProjectContribution(Guid ProjectId, string Role, string Resources, Guid RecordedBy, DateTimeOffset RecordedAt) : ICommand;

/// <summary>A document of an imported project, with its own id and upload time; false when it exists.</summary>
public sealed record ImportProjectDocument(
    Guid ProjectId, Guid AttachmentId, string FileName, Stream Content, Guid UploadedBy, DateTimeOffset UploadedAt) : ICommand<bool>;
