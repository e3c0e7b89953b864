using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Authorization;

/// <summary>
/// Who is making this request: their account, memberships and the municipality they act for (one of their
/// memberships, chosen at sign-in or with the switch, never from a request parameter). Filled once per request.
/// </summary>
public sealed class CurrentMember
{
    public Guid? PersonId { get; private set; }

    public string? DisplayName { get; private set; }

    public bool IsNetworkAdmin { get; private set; }

    public IReadOnlyList<MembershipSummary> Memberships { get; private set; } = [];

    public Guid? ActingMunicipalityId { get; private set; }

    public bool IsSignedIn => PersonId is not null;

    /// <summary>Acting for <paramref name="municipalityId"/> (the same test as the content reader's <c>ActsFor</c>).</summary>
    public bool ActsFor(Guid municipalityId) => ActingMunicipalityId is not null && ActingMunicipalityId == municipalityId;

    /// <summary>
    /// Fills the member from the signed-in person (by the Host's middleware); the acting municipality is kept
    /// only when it is one of <paramref name="memberships"/>.
    /// </summary>
    public void Resolve(Guid personId, string? displayName, bool isNetworkAdmin, IReadOnlyList<MembershipSummary> memberships, Guid? actingMunicipalityId)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        PersonId = personId;
        DisplayName = displayName;
        IsNetworkAdmin = isNetworkAdmin;
        Memberships = memberships;
        ActingMunicipalityId = memberships.Any(membership => membership.MunicipalityId == actingMunicipalityId) ? actingMunicipalityId : null;
    }

    public MembershipSummary? ActingMembership =>
        Memberships.FirstOrDefault(membership => membership.MunicipalityId == ActingMunicipalityId);

    public MunicipalityRoles RolesInActingMunicipality => ActingMembership?.Roles ?? MunicipalityRoles.None;

    public bool HasAnyRole(MunicipalityRoles roles) => (RolesInActingMunicipality & roles) != 0;
}
