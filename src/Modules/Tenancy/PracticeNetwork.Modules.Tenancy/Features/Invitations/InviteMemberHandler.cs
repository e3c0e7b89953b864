using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.Modules.Tenancy.Features.Memberships;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Invitations;

internal sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    private static bool BeOnePlainAddress(string? email) => email is not null && PlainAddress.Pattern().IsMatch(email.Trim());

    public InviteMemberValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(256).SingleLine().Must(BeOnePlainAddress);
        RuleFor(command => command.Roles).NotEqual(MunicipalityRoles.None).Must(MunicipalityRoleRules.AreKnown);
        RuleFor(command => command.InvitedBy).NotEmpty();
    }
}

/// <summary>Exactly one bare address ("a@b.fi"), so the address stored is the one mailed; no names, lists or line breaks.</summary>
internal static partial class PlainAddress
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[^\s@<>()\[\],;:""]+$")]
    internal static partial System.Text.RegularExpressions.Regex Pattern();
}

internal sealed class InviteMemberHandler(TenancyDbContext db, TimeProvider clock) : ICommandHandler<InviteMember, IssuedInvitation>
{
    public async ValueTask<IssuedInvitation> Handle(InviteMember command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = command.Email.Trim().ToLowerInvariant();
        var earlier = await db.Invitations
            .Where(invitation => invitation.Email == email && invitation.AcceptedAt == null && invitation.RevokedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        earlier.ForEach(invitation => invitation.Revoke(now));

        var (issued, token) = Invitation.Issue(email, command.Roles, command.InvitedBy, now);
        db.Invitations.Add(issued);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedInvitation(issued.Id, token, issued.ExpiresAt);
    }
}
