using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy.Features.Municipalities;

internal sealed class GetMunicipalityHandler(MunicipalityDirectory directory, TenancyDbContext db)
    : IQueryHandler<GetMunicipality, MunicipalityDetails?>
{
    public async ValueTask<MunicipalityDetails?> Handle(GetMunicipality query, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken).ConfigureAwait(false);
        var municipality = snapshot.Municipalities.FirstOrDefault(entry => entry.Municipality.Code == query.Code)?.Municipality;
        if (municipality is null)
        {
            return null;
        }

        // Reviewed network-wide read: the number of members is public, who they are is not.
        var memberCount = await db.Memberships
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .CountAsync(membership => membership.MunicipalityId == municipality.Id, cancellationToken)
            .ConfigureAwait(false);
        var region = snapshot.Regions.First(region => region.Code == municipality.RegionCode);
        return new MunicipalityDetails(municipality, region, memberCount);
    }
}
