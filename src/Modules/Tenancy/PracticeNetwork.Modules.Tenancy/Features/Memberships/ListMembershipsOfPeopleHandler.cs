using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class ListMembershipsOfPeopleHandler(TenancyDbContext db)
    : IQueryHandler<ListMembershipsOfPeople, IReadOnlyList<PersonMembership>>
{
    public async ValueTask<IReadOnlyList<PersonMembership>> Handle(ListMembershipsOfPeople query, CancellationToken cancellationToken)
    {
        // Reviewed network-wide read: memberships across municipalities, for the notifications module's background
        // work (whom to send a digest, what each may open); never shown as a list.
        var all = db.Memberships.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter]);
        if (query.PersonIds is null)
        {
            return await all.OrderBy(membership => membership.PersonId)
                .Select(membership => new PersonMembership(membership.PersonId, membership.MunicipalityId, membership.Roles))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var found = new List<PersonMembership>();
        foreach (var chunk in query.PersonIds.Distinct().Chunk(500))
        {
            found.AddRange(await all.Where(membership => chunk.Contains(membership.PersonId))
                .Select(membership => new PersonMembership(membership.PersonId, membership.MunicipalityId, membership.Roles))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return found;
    }
}
