using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Invitations;

internal sealed class GetInvitationHandler(TenancyDbContext db, TimeProvider clock) : IQueryHandler<GetInvitation, InvitationDetails?>
{
    public async ValueTask<InvitationDetails?> Handle(GetInvitation query, CancellationToken cancellationToken)
    {
        var invitation = await InvitationLookup.FindAsync(db, query.Token, cancellationToken).ConfigureAwait(false);
        return invitation is null ? null : InvitationLookup.Describe(invitation, clock.GetUtcNow());
    }
}

/// <summary>
/// Accepting happens before the person acts for the municipality, so the invitation is found network-wide by
/// its token (a reviewed path) and the membership is written inside an explicit scope for its municipality.
/// </summary>
internal sealed class AcceptInvitationHandler(TenancyDbContext db, ITenantContext tenant, TimeProvider clock) : ICommandHandler<AcceptInvitation, Guid>
{
    public async ValueTask<Guid> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitation = await InvitationLookup.FindAsync(db, command.Token, cancellationToken).ConfigureAwait(false)
            ?? throw new ConflictException("The invitation does not exist.");
        var status = invitation.StatusAt(now);
        if (status != InvitationStatus.Pending)
        {
            throw new ConflictException($"The invitation is {status.ToString().ToLowerInvariant()}.");
        }

        using (tenant.Change(invitation.MunicipalityId))
        {
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.PersonId == command.PersonId, cancellationToken).ConfigureAwait(false);
            if (membership is null)
            {
                db.Memberships.Add(new Membership(command.PersonId, invitation.Roles, now));
            }
            else
            {
                membership.ChangeRoles(membership.Roles | invitation.Roles);
            }

            invitation.Accept(command.PersonId, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException raced)
            {
                // A concurrency failure on the invitation, or the unique membership index: someone else was first.
                throw new ConflictException("The invitation was used at the same moment by another request.", raced);
            }
        }

        return invitation.MunicipalityId;
    }
}

internal static class InvitationLookup
{
    public static Task<Invitation?> FindAsync(TenancyDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashOf(token ?? string.Empty);
        // Reviewed network-wide read: the invitee acts for no municipality yet; only the holder of the link finds it.
        return db.Invitations.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(invitation => invitation.TokenHash == hash, cancellationToken);
    }

    public static InvitationDetails Describe(Invitation invitation, DateTimeOffset now) =>
        new(invitation.Id, invitation.MunicipalityId, invitation.Email, invitation.Roles, invitation.StatusAt(now), invitation.ExpiresAt);
}

internal sealed class ListPendingInvitationsHandler(TenancyDbContext db, TimeProvider clock)
    : IQueryHandler<ListPendingInvitations, IReadOnlyList<InvitationDetails>>
{
    public async ValueTask<IReadOnlyList<InvitationDetails>> Handle(ListPendingInvitations query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Invitations.AsNoTracking()
            .Where(invitation => invitation.AcceptedAt == null && invitation.RevokedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return open.Where(invitation => invitation.StatusAt(now) == InvitationStatus.Pending)
            .OrderBy(invitation => invitation.Email, StringComparer.Ordinal)
            .Select(invitation => InvitationLookup.Describe(invitation, now))
            .ToList();
    }
}
