using Mediator;

namespace PracticeNetwork.Modules.Tenancy.Contracts;

/// <summary>
/// Makes <paramref name="PersonId"/> a member of the acting municipality with <paramref name="Roles"/>.
/// Returns the membership id. Fails validation when the person already is a member.
/// </summary>
public sealed record AddMembership(Guid PersonId, MunicipalityRoles Roles) : ICommand<Guid>;

public enum InvitationStatus
{
    Pending,
    Used,
    Expired,
    Revoked,
}

/// <summary>
/// Invites <paramref name="Email"/> to the acting municipality with <paramref name="Roles"/>. A pending
/// invitation to the same address is revoked. Returns the token for the link; it is never stored.
/// </summary>
public sealed record InviteMember(string Email, MunicipalityRoles Roles, Guid InvitedBy) : ICommand<IssuedInvitation>;

public sealed record IssuedInvitation(Guid InvitationId, string Token, DateTimeOffset ExpiresAt);

/// <summary>An invitation by the token in its link, whatever municipality it is for; null when unknown.</summary>
public sealed record GetInvitation(string Token) : IQuery<InvitationDetails?>;

public sealed record InvitationDetails(Guid InvitationId, Guid MunicipalityId, string Email, MunicipalityRoles Roles, InvitationStatus Status, DateTimeOffset ExpiresAt);

/// <summary>
/// Uses the invitation: <paramref name="PersonId"/> becomes a member of its municipality (roles are added to an
/// existing membership). Fails with a conflict when the invitation is used, expired or revoked.
/// </summary>
public sealed record AcceptInvitation(string Token, Guid PersonId) : ICommand<Guid>;

/// <summary>The acting municipality's invitations that are still pending.</summary>
public sealed record ListPendingInvitations : IQuery<IReadOnlyList<InvitationDetails>>;

/// <summary>Changes a member's roles in the acting municipality; <paramref name="Version"/> guards against lost updates.</summary>
public sealed record ChangeMemberRoles(Guid MembershipId, MunicipalityRoles Roles, int Version) : ICommand;

/// <summary>Removes a member from the acting municipality.</summary>
public sealed record RemoveMember(Guid MembershipId) : ICommand;

/// <summary>Withdraws a pending invitation of the acting municipality, so its link stops working.</summary>
public sealed record RevokeInvitation(Guid InvitationId) : ICommand;
