using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>
/// The projects the reader is on the team of for the acting municipality, in any publication status but deleted,
/// overdue milestones counted: what a project manager looks at first. Being on the team is what lets them open each.
/// </summary>
internal sealed class ListMyProjectsHandler(ProjectsDbContext db, IReaderContext readers, TimeProvider clock) : IQueryHandler<ListMyProjects, IReadOnlyList<ProjectSummary>>
{
    public async ValueTask<IReadOnlyList<ProjectSummary>> Handle(ListMyProjects query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember)
        {
            return [];
        }

        var person = reader.PersonId!.Value;
        var acting = reader.ActingMunicipalityId!.Value;
        return await db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(project => project.DeletedAt == null
                && project.Team.Any(member => member.PersonId == person && member.MunicipalityId == acting)
                && (project.MunicipalityId == acting
                    || project.Participants.Any(participant => participant.MunicipalityId == acting && participant.State == ParticipantState.Accepted)))
            .OrderByDescending(project => project.UpdatedAt).ThenBy(project => project.Id).Take(200)
            .ToSummariesAsync(ProjectCalendar.Today(clock), cancellationToken).ConfigureAwait(false);
    }
}
