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
        return await db.Memberships
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(membership => membership.PersonId == query.PersonId)
            .Join(db.Municipalities, membership => membership.MunicipalityId, municipality => municipality.Id,
                (membership, municipality) => new MembershipSummary(membership.MunicipalityId, municipality.Code, membership.Roles))
            .OrderBy(summary => summary.MunicipalityCode)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
