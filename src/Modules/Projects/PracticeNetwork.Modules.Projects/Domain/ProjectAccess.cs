using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>
/// Who may do what on a project, on top of the shared content rules: the brief's "joint projects are also visible and
/// editable to the participating municipalities' project members". Everything is decided from the project itself
/// (its participants and team) and the reader (the municipality they act for), never from the request.
/// <list type="bullet">
/// <item>Members of a municipality taking part (the owner, or a participant that accepted and has not left) open it
/// whatever its audience once published; team members also while it is a draft or in review.</item>
/// <item>Team members of a municipality taking part edit the shared fields and documents, post updates and record
/// their municipality's contribution; project managers invite, plan milestones and appoint managers.</item>
/// <item>The invited municipality's admins answer the invitation; a participant's admins or managers leave.</item>
/// <item>Publication steps and delete stay with the owner's reviewers (<see cref="ContentRules"/>).</item>
/// </list>
/// </summary>
public static class ProjectAccess
{
    public static bool MayOpen(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(project);
        if (ContentRules.MayOpen(reader, project))
        {
            return true;
        }

        if (project.IsDeleted || Acting(reader) is not { } acting || !project.TakesPart(acting))
        {
            return false;
        }

        return Visibility.VisibleStatuses.Contains(project.Status) || IsOnTeam(reader, project);
    }

    public static bool IsOnTeam(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Acting(reader) is { } acting && reader.PersonId is { } person && project.IsOnTeam(person, acting);
    }

    public static bool IsManager(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Acting(reader) is { } acting && reader.PersonId is { } person && project.IsManager(person, acting);
    }

    /// <summary>The shared fields and documents: the owner's editors as for any content, and the team.</summary>
    public static bool MayEdit(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ContentRules.MayEdit(reader, project) || (IsOpenForWork(project) && IsOnTeam(reader, project));
    }

    public static bool MayInvite(Reader reader, DevelopmentProject project) => IsOpenForWork(project) && IsManager(reader, project);

    public static bool MayAnswer(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(project);
        return IsOpenForWork(project) && reader.IsAdmin && Acting(reader) is { } acting
            && project.ParticipationOf(acting)?.State == ParticipantState.Invited;
    }

    public static bool MayLeave(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(project);
        return !project.IsDeleted && Acting(reader) is { } acting && acting != project.MunicipalityId
            && project.ParticipationOf(acting)?.State == ParticipantState.Accepted
            && (reader.IsAdmin || IsManager(reader, project));
    }

    /// <summary>Adding and removing people of the reader's own municipality: its admins, or its people on the team.</summary>
    public static bool MayManageOwnTeam(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(project);
        return IsOpenForWork(project) && Acting(reader) is { } acting && project.TakesPart(acting)
            && (reader.IsAdmin || IsOnTeam(reader, project));
    }

    public static bool MayAppointManagers(Reader reader, DevelopmentProject project) => IsOpenForWork(project) && IsManager(reader, project);

    public static bool MayPlanMilestones(Reader reader, DevelopmentProject project) => IsOpenForWork(project) && IsManager(reader, project);

    /// <summary>Project managers complete any milestone; the team the milestones its own municipality is responsible for.</summary>
    public static bool MayComplete(Reader reader, DevelopmentProject project, Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return IsOpenForWork(project) && (IsManager(reader, project)
            || (IsOnTeam(reader, project) && reader.ActingMunicipalityId == milestone.ResponsibleMunicipalityId));
    }

    public static bool MayCompleteAny(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Milestones.Any(milestone => MayComplete(reader, project, milestone));
    }

    public static bool MayPostUpdates(Reader reader, DevelopmentProject project) => IsOpenForWork(project) && IsOnTeam(reader, project);

    public static bool MayRecordContribution(Reader reader, DevelopmentProject project) => MayManageOwnTeam(reader, project);

    public static ProjectPermissions Permissions(Reader reader, DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var content = ContentRules.Permissions(reader, project);
        return new ProjectPermissions(
            content with { CanEdit = MayEdit(reader, project) },
            MayInvite(reader, project),
            MayAnswer(reader, project),
            MayLeave(reader, project),
            MayManageOwnTeam(reader, project),
            MayAppointManagers(reader, project),
            MayPlanMilestones(reader, project),
            MayCompleteAny(reader, project),
            MayPostUpdates(reader, project),
            MayRecordContribution(reader, project),
            MayEdit(reader, project));
    }

    /// <summary>Work goes on while the project is not deleted or archived (a completed project can still report).</summary>
    private static bool IsOpenForWork(DevelopmentProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return !project.IsDeleted && project.Status != PublicationStatus.Archived;
    }

    private static Guid? Acting(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsMember ? reader.ActingMunicipalityId : null;
    }
}
