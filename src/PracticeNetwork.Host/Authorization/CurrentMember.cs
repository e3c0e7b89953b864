using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Authorization;

/// <summary>
/// Who is making this request: their account, memberships and the municipality they act for (one of their
/// memberships, chosen at sign-in or with the switch, never from a request parameter). Filled once per request.
/// </summary>
public sealed class CurrentMember
{
    public Guid? PersonId { get; internal set; }

    public string? DisplayName { get; internal set; }

    public bool IsNetworkAdmin { get; internal set; }

    public IReadOnlyList<MembershipSummary> Memberships { get; internal set; } = [];

    public Guid? ActingMunicipalityId { get; internal set; }

    public bool IsSignedIn => PersonId is not null;

    public MembershipSummary? ActingMembership =>
        Memberships.FirstOrDefault(membership => membership.MunicipalityId == ActingMunicipalityId);

    public MunicipalityRoles RolesInActingMunicipality => ActingMembership?.Roles ?? MunicipalityRoles.None;

    public bool HasAnyRole(MunicipalityRoles roles) => (RolesInActingMunicipality & roles) != 0;
}
