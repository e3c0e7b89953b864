using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Invitations;

internal sealed class RevokeInvitationHandler(TenancyDbContext db, TimeProvider clock) : ICommandHandler<RevokeInvitation>
{
    public async ValueTask<Unit> Handle(RevokeInvitation command, CancellationToken cancellationToken)
    {
        // The tenant filter: only the acting municipality's invitations can be found.
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == command.InvitationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such invitation in this municipality.");
        if (invitation.StatusAt(clock.GetUtcNow()) != InvitationStatus.Pending)
        {
            throw new ConflictException("The invitation is no longer pending.", "InvitationNotPending");
        }

        invitation.Revoke(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException raced)
        {
            throw new ConflictException("The invitation was used at the same moment.", raced);
        }

        return Unit.Value;
    }
}
