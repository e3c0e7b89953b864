using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>
/// One project for a reader <see cref="ProjectAccess.MayOpen"/> allows, with what every participant wrote into it
/// (their own rows, read across municipalities because the reader may open the project they belong to).
/// </summary>
internal sealed class GetProjectHandler(
    ProjectsDbContext db, ProjectReads reads, ContentFiles<DevelopmentProject, ProjectContent> files, IReaderContext readers, ISender sender, TimeProvider clock)
    : IQueryHandler<GetProject, ProjectDetails?>
{
    public async ValueTask<ProjectDetails?> Handle(GetProject query, CancellationToken cancellationToken)
    {
        if (await reads.OpenAsync(query.ProjectId, evenDeleted: true, cancellationToken).ConfigureAwait(false) is not { } project)
        {
            return null;
        }

        var reader = readers.Current;
        var updates = await db.Updates.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(update => update.ProjectId == project.Id).OrderByDescending(update => update.PostedAt).ThenBy(update => update.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var contributions = await db.Contributions.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(contribution => contribution.ProjectId == project.Id)
            .ToDictionaryAsync(contribution => contribution.MunicipalityId, cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(project.Team.Select(member => member.PersonId).Concat(updates.Select(update => update.PersonId)), cancellationToken)
            .ConfigureAwait(false);
        var documents = await files.ListAsync(project, cancellationToken).ConfigureAwait(false);
        var today = ProjectCalendar.Today(clock);

        ProjectContribution? ContributionOf(Guid municipality) => contributions.TryGetValue(municipality, out var row)
            ? new ProjectContribution(municipality, row.Role, row.Resources, row.RecordedBy, row.RecordedAt)
            : null;

        return new ProjectDetails(
            project.Id, project.MunicipalityId, project.Content, project.Status, project.Version, project.RevisionNumber,
            project.CreatedBy, project.CreatedAt, project.UpdatedAt, project.PublishedAt,
            reader.ActsFor(project.MunicipalityId) ? project.ReviewComment : null, project.IsDeleted,
            [.. project.Participants.OrderBy(participant => participant.InvitedAt).Select(participant => new ProjectParticipant(
                participant.MunicipalityId, participant.State, participant.InvitedBy, participant.InvitedAt, participant.AnsweredAt,
                ContributionOf(participant.MunicipalityId)))],
            [.. project.Team.OrderByDescending(member => member.IsProjectManager).ThenBy(member => member.AddedAt).Select(member =>
                new ProjectTeamMember(member.PersonId, names.GetValueOrDefault(member.PersonId, string.Empty), member.MunicipalityId,
                    member.IsProjectManager, member.AddedAt))],
            [.. project.Milestones.OrderBy(milestone => milestone.DueDate).ThenBy(milestone => milestone.Title).Select(milestone =>
                new ProjectMilestone(milestone.Id, milestone.Title, milestone.DueDate, milestone.ResponsibleMunicipalityId,
                    milestone.CompletedAt, milestone.CompletedBy, milestone.IsOverdueOn(today)))],
            [.. updates.Select(update => new ProjectUpdateEntry(update.Id, update.MunicipalityId, update.PersonId,
                names.GetValueOrDefault(update.PersonId, string.Empty), update.PostedAt, update.Text))],
            documents,
            project.IsDeleted ? ProjectPermissions.None with { Content = ContentRules.Permissions(reader, project) } : ProjectAccess.Permissions(reader, project))
        {
            OwnerContribution = ContributionOf(project.MunicipalityId),
        };
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var accounts = await sender.Send(new GetAccounts(ids), cancellationToken).ConfigureAwait(false);
        return accounts.ToDictionary(account => account.PersonId, account => account.DisplayName);
    }
}
