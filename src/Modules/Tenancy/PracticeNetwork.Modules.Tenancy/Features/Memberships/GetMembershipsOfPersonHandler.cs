using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class GetMembershipsOfPersonHandler(TenancyDbContext db)
    : IQueryHandler<GetMembershipsOfPerson, IReadOnlyList<MembershipSummary>>
{
    public async ValueTask<IReadOnlyList<MembershipSummary>> Handle(GetMembershipsOfPerson query, CancellationToken cancellationToken)
    {
        // Reviewed network-wide read: a person's own memberships, across municipalities, to choose the acting one.
        var memberships =
            from membership in db.Memberships.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            join municipality in db.Municipalities on membership.MunicipalityId equals municipality.Id
            where membership.PersonId == query.PersonId
            orderby municipality.Code
            select new MembershipSummary(membership.MunicipalityId, municipality.Code, membership.Roles);
        return await memberships.ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
