using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>Projects as the shared content machinery sees them: their noun, their access rule and their typed events.</summary>
internal sealed class ProjectContentType : ContentType<DevelopmentProject, ProjectContent>
{
    public const string Name = "project";

    public override string Noun => Name;

    public override string PathOf(Guid id) => $"/hankkeet/{id}";

    /// <summary>The author and every team member, of any taking-part municipality.</summary>
    public override IEnumerable<Guid> OwnFollowersOf(DevelopmentProject item) =>
        base.OwnFollowersOf(item).Concat(item.Team.Select(member => member.PersonId)).Distinct();

    public override bool MayOpen(Reader reader, DevelopmentProject item) => ProjectAccess.MayOpen(reader, item);

    /// <summary>The accepted participants (<see cref="ProjectAccess.MayOpen"/>: once published, whatever the audience).</summary>
    public override IEnumerable<Guid> AlsoOpenedBy(DevelopmentProject item) =>
        item.Participants.Where(participant => participant.State == ParticipantState.Accepted).Select(participant => participant.MunicipalityId);

    public override SearchFacets SearchFacetsOf(DevelopmentProject item) => new(item.ProjectStatus.ToString(), EvidenceLevel: null, HasKpis: false, item.StartDate, item.EndDate);

    public override bool MayEdit(Reader reader, DevelopmentProject item) => ProjectAccess.MayEdit(reader, item);

    public override ContentEvent Published(DevelopmentProject item, Guid by, DateTimeOffset at) => Stamp<ProjectPublished>(item, by, at);

    public override ContentEvent Updated(DevelopmentProject item, Guid by, DateTimeOffset at, IReadOnlyList<string> fields) =>
        Stamp<ProjectUpdated>(item, by, at) with { Fields = fields };

    public override ContentEvent Archived(DevelopmentProject item, Guid by, DateTimeOffset at, bool deleted) =>
        Stamp<ProjectArchived>(item, by, at) with { Deleted = deleted };

    public override IEnumerable<ContentEvent> AlsoOnEdit(DevelopmentProject item, ProjectContent before, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(before);
        if (before.Status != item.ProjectStatus)
        {
            yield return Stamp<ProjectStatusChanged>(item, by, at) with { From = before.Status, To = item.ProjectStatus };
        }
    }

    public static ContentEvent UpdatePosted(DevelopmentProject item, ProjectStatusUpdate update) =>
        Stamp<ProjectUpdatePosted>(item, update.PersonId, update.PostedAt) with { UpdateId = update.Id, ByMunicipalityId = update.MunicipalityId };

    public static ContentEvent MilestoneReached(DevelopmentProject item, Milestone milestone, Guid by, DateTimeOffset at) =>
        Stamp<ProjectMilestoneReached>(item, by, at) with { MilestoneId = milestone.Id, MilestoneTitle = milestone.Title };

    public static ContentEvent Joined(DevelopmentProject item, Guid municipalityId, Guid by, DateTimeOffset at) =>
        Stamp<ProjectMunicipalityJoined>(item, by, at) with { ParticipantMunicipalityId = municipalityId };

    public static ContentEvent Left(DevelopmentProject item, Guid municipalityId, Guid by, DateTimeOffset at) =>
        Stamp<ProjectMunicipalityLeft>(item, by, at) with { ParticipantMunicipalityId = municipalityId };
}
