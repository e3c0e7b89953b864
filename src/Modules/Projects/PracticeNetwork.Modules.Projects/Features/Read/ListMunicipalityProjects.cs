using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>A municipality's page: the published projects it owns and those it takes part in, as far as the reader may open them.</summary>
internal sealed class ListMunicipalityProjectsHandler(ProjectsDbContext db, IReaderContext readers, TimeProvider clock)
    : IQueryHandler<ListMunicipalityProjects, MunicipalityProjects>
{
    private const int Shown = 50;

    public async ValueTask<MunicipalityProjects> Handle(ListMunicipalityProjects query, CancellationToken cancellationToken)
    {
        var municipality = query.MunicipalityId;
        var today = ProjectCalendar.Today(clock);
        var visible = db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter]).VisibleTo(readers.Current, includeArchived: true);
        var owned = await visible.Where(project => project.MunicipalityId == municipality)
            .OrderByDescending(project => project.StartDate).ThenBy(project => project.Id).Take(Shown)
            .ToSummariesAsync(today, cancellationToken).ConfigureAwait(false);
        var takingPart = await visible
            .Where(project => project.Participants.Any(participant => participant.MunicipalityId == municipality && participant.State == ParticipantState.Accepted))
            .OrderByDescending(project => project.StartDate).ThenBy(project => project.Id).Take(Shown)
            .ToSummariesAsync(today, cancellationToken).ConfigureAwait(false);
        return new MunicipalityProjects(owned, takingPart);
    }
}
