using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class GetMembershipCountsHandler(TenancyDbContext db)
    : IQueryHandler<GetMembershipCounts, IReadOnlyDictionary<Guid, MembershipCount>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, MembershipCount>> Handle(GetMembershipCounts query, CancellationToken cancellationToken)
    {
        // Reviewed network-wide read: counts only, for the network admins' onboarding page.
        var rows = await db.Memberships.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .GroupBy(membership => membership.MunicipalityId)
            .Select(group => new
            {
                MunicipalityId = group.Key,
                Members = group.Count(),
                Admins = group.Count(membership => ((int)membership.Roles & (int)MunicipalityRoles.MunicipalityAdmin) != 0),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.MunicipalityId, row => new MembershipCount(row.Members, row.Admins));
    }
}
