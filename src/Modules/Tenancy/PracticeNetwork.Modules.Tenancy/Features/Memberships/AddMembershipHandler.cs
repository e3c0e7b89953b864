using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal sealed class AddMembershipValidator : AbstractValidator<AddMembership>
{
    public AddMembershipValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Roles)
            .NotEqual(MunicipalityRoles.None)
            .Must(MunicipalityRoleRules.AreKnown).WithMessage("Unknown role.");
    }
}

internal sealed class AddMembershipHandler(TenancyDbContext db, TimeProvider clock) : ICommandHandler<AddMembership, Guid>
{
    public async ValueTask<Guid> Handle(AddMembership command, CancellationToken cancellationToken)
    {
        // The tenant filter limits this to the acting municipality, which is exactly the uniqueness scope.
        if (await db.Memberships.AnyAsync(membership => membership.PersonId == command.PersonId, cancellationToken).ConfigureAwait(false))
        {
            throw new ConflictException("The person is already a member of this municipality.");
        }

        var membership = new Membership(command.PersonId, command.Roles, clock.GetUtcNow());
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return membership.Id;
    }
}
