using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>
/// Reviewed network-wide read: the published practices whose origin is a project, by the same visibility rule as the
/// browse list (a draft or an internal practice of another municipality is not named on the project's page).
/// </summary>
internal sealed class ListPracticesFromProjectHandler(PracticesDbContext db, IReaderContext readers)
    : IQueryHandler<ListPracticesFromProject, IReadOnlyList<PracticeSummary>>
{
    public async ValueTask<IReadOnlyList<PracticeSummary>> Handle(ListPracticesFromProject query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var audiences = Visibility.VisibleAudiences(reader).ToList();
        Guid? own = reader.IsMember ? reader.ActingMunicipalityId : null;
        var statuses = Visibility.VisibleStatuses.ToList();
        return await db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(practice => practice.OriginProjectId == query.ProjectId && practice.DeletedAt == null && statuses.Contains(practice.Status)
                && (audiences.Contains(practice.Audience) || practice.MunicipalityId == own))
            .OrderBy(practice => practice.Title).Take(100)
            .Select(PracticeSummaries.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
