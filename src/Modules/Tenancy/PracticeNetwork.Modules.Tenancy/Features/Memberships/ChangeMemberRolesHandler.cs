using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class ChangeMemberRolesValidator : AbstractValidator<ChangeMemberRoles>
{
    public ChangeMemberRolesValidator() =>
        RuleFor(command => command.Roles).NotEqual(MunicipalityRoles.None).Must(MunicipalityRoleRules.AreKnown);
}

/// <summary>A municipality always keeps at least one admin, so nobody can lock it out of its own members.</summary>
internal sealed class ChangeMemberRolesHandler(TenancyDbContext db) : ICommandHandler<ChangeMemberRoles>
{
    public async ValueTask<Unit> Handle(ChangeMemberRoles command, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == command.MembershipId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such member in this municipality.");
        if (membership.Version != command.Version)
        {
            throw new ConflictException("Someone else changed this member's roles. Reload and try again.", "StaleMember");
        }

        if (!command.Roles.HasFlag(MunicipalityRoles.MunicipalityAdmin))
        {
            await LastAdminGuard.EnsureAnotherAdminAsync(db, membership, cancellationToken).ConfigureAwait(false);
        }

        membership.ChangeRoles(command.Roles);
        await SaveOrConflictAsync(db, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    internal static async Task SaveOrConflictAsync(TenancyDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException("Someone else changed this member at the same time. Reload and try again.", exception);
        }
    }
}

internal sealed class RemoveMemberHandler(TenancyDbContext db) : ICommandHandler<RemoveMember>
{
    public async ValueTask<Unit> Handle(RemoveMember command, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == command.MembershipId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such member in this municipality.");
        await LastAdminGuard.EnsureAnotherAdminAsync(db, membership, cancellationToken).ConfigureAwait(false);
        db.Memberships.Remove(membership);
        await ChangeMemberRolesHandler.SaveOrConflictAsync(db, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal static class LastAdminGuard
{
    public static async Task EnsureAnotherAdminAsync(TenancyDbContext db, Domain.Membership membership, CancellationToken cancellationToken)
    {
        if (!membership.Roles.HasFlag(MunicipalityRoles.MunicipalityAdmin))
        {
            return;
        }

        const int Admin = (int)MunicipalityRoles.MunicipalityAdmin;
        var anotherAdmin = await db.Memberships
            .AnyAsync(m => m.Id != membership.Id && ((int)m.Roles & Admin) != 0, cancellationToken).ConfigureAwait(false);
        if (!anotherAdmin)
        {
            throw new ConflictException("The municipality must keep at least one admin.", "LastAdmin");
        }

        // Serialise losses of admin rights per municipality (see Municipality.Version).
        var municipality = await db.Municipalities.SingleAsync(m => m.Id == membership.MunicipalityId, cancellationToken).ConfigureAwait(false);
        db.Entry(municipality).State = EntityState.Modified;
    }
}
