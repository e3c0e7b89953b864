using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>From the module's answer to the API's shapes: municipalities by code and names, files and parts by their addresses.</summary>
internal static class ProjectResourceMapping
{
    public static ProjectResource Of(ProjectDetails details, MunicipalityLookup municipalities)
    {
        var id = details.Id;
        MunicipalityReference Reference(Guid municipalityId) => MunicipalityReference.Of(municipalities.ById(municipalityId));
        var participants = details.Participants.Select(participant => new ParticipantResource(
            Reference(participant.MunicipalityId), participant.State, participant.InvitedBy, participant.InvitedAt, participant.AnsweredAt,
            Contribution(participant.Contribution))).ToList();
        var team = details.Team.Select(member => new TeamMemberResource(
            member.PersonId, member.Name, Reference(member.MunicipalityId), member.IsProjectManager, member.AddedAt)).ToList();
        var milestones = details.Milestones.Select(milestone => new MilestoneResource(
            milestone.Id, milestone.Title, milestone.DueDate, Reference(milestone.ResponsibleMunicipalityId), milestone.IsDone, milestone.CompletedAt,
            milestone.CompletedBy, milestone.IsOverdue, ProjectUrls.Milestone(id, milestone.Id))).ToList();
        var updates = details.Updates.Select(update => new ProjectUpdateResource(
            update.Id, Reference(update.MunicipalityId), update.PersonId, update.AuthorName, update.PostedAt, update.Text, ProjectUrls.Update(id, update.Id))).ToList();
        var documents = details.Documents.Select(file => AttachmentResource.Of(file, ProjectUrls.Document(id, file.Id))).ToList();
        return new ProjectResource(
            id, Reference(details.MunicipalityId), details.PublicationStatus, details.Version, details.RevisionNumber, details.CreatedAt,
            details.UpdatedAt, details.PublishedAt, details.ReviewComment, details.IsDeleted, details.IsJoint, details.Content,
            Contribution(details.OwnerContribution), participants, team, milestones, updates, documents, Permissions(details.Permissions), Links(id, details.Permissions));
    }

    private static ContributionResource? Contribution(ProjectContribution? given) =>
        given is null ? null : new ContributionResource(given.Role, given.Resources, given.RecordedBy, given.RecordedAt);

    private static ProjectPermissionsResource Permissions(ProjectPermissions may) => new(
        may.Content.CanEdit, may.Content.CanDelete, may.Content.CanRestore, may.Content.Steps, may.Invite, may.AnswerInvitation, may.Leave,
        may.ManageOwnTeam, may.AppointManagers, may.ManageMilestones, may.CompleteMilestones, may.PostUpdates, may.RecordContribution, may.AddDocuments);

    private static ProjectLinks Links(Guid id, ProjectPermissions may) => new(
        ProjectUrls.Project(id),
        ProjectUrls.History(id),
        may.Content.Steps.Count > 0 ? ProjectUrls.Transitions(id) : null,
        may.Invite ? ProjectUrls.Invitations(id) : null,
        may.AnswerInvitation ? ProjectUrls.Answer(id) : null,
        may.Leave ? ProjectUrls.Leave(id) : null,
        may.RecordContribution ? ProjectUrls.Contribution(id) : null,
        may.ManageOwnTeam || may.AppointManagers ? ProjectUrls.Team(id) : null,
        may.ManageMilestones ? ProjectUrls.Milestones(id) : null,
        may.PostUpdates ? ProjectUrls.Updates(id) : null,
        may.AddDocuments ? ProjectUrls.Documents(id) : null);
}
