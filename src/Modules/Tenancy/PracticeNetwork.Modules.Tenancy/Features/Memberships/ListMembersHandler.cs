using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class ListMembersHandler(TenancyDbContext db) : IQueryHandler<ListMembers, IReadOnlyList<MemberSummary>>
{
    public async ValueTask<IReadOnlyList<MemberSummary>> Handle(ListMembers query, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .OrderBy(membership => membership.CreatedAt)
            .Select(membership => new MemberSummary(membership.Id, membership.PersonId, membership.Roles, membership.Version))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
