using System.Security.Cryptography;
using System.Text;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Tenancy.Domain;

/// <summary>
/// An invitation to join a municipality with roles. The link carries a random token; only its hash is stored.
/// Single use, valid for <see cref="Lifetime"/>.
/// </summary>
public sealed class Invitation : ITenantOwned, IVersioned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

#pragma warning disable CS8618 // For EF Core, which sets every property.
    private Invitation()
    {
    }
#pragma warning restore CS8618

    private Invitation(string email, MunicipalityRoles roles, Guid invitedBy, string tokenHash, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Email = email;
        Roles = roles;
        InvitedBy = invitedBy;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Email { get; private set; }

    public MunicipalityRoles Roles { get; private set; }

    public Guid InvitedBy { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Two simultaneous acceptances of one link: the second save fails on this token.</summary>
    public int Version { get; private set; }

    public static (Invitation Invitation, string Token) Issue(string email, MunicipalityRoles roles, Guid invitedBy, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new Invitation(email, roles, invitedBy, HashOf(token), now), token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Used
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    public void Accept(Guid personId, DateTimeOffset now)
    {
        if (StatusAt(now) != InvitationStatus.Pending)
        {
            throw new InvalidOperationException($"Invitation {Id} is {StatusAt(now)}.");
        }

        AcceptedAt = now;
        AcceptedBy = personId;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
