using Mediator;

namespace PracticeNetwork.Modules.Identity.Contracts;

/// <summary>What the audit trail records; names are stable, they are stored.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignedOut = "signed-out";
    public const string SwitchedMunicipality = "switched-municipality";
    public const string AccountCreated = "account-created";
    public const string PasswordReset = "password-reset";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
    public const string MemberInvited = "member-invited";
    public const string InvitationRevoked = "invitation-revoked";
    public const string InvitationAccepted = "invitation-accepted";
    public const string RolesChanged = "roles-changed";
    public const string MemberRemoved = "member-removed";
    public const string ClientCreated = "client-created";
    public const string ClientDeleted = "client-deleted";
}

/// <summary>Appends one entry to the audit trail. <paramref name="ActorId"/> is null for anonymous actions.</summary>
public sealed record RecordAudit(string Action, Guid? ActorId, string Subject, Guid? MunicipalityId = null, string? Details = null) : ICommand;

/// <summary>The newest entries first; network admins only.</summary>
public sealed record ListAuditEntries(int Take = 200, string? Action = null) : IQuery<IReadOnlyList<AuditEntrySummary>>;

public sealed record AuditEntrySummary(DateTimeOffset At, string Action, Guid? ActorId, string? ActorName, string Subject, Guid? MunicipalityId, string? Details);
