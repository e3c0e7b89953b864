using Mediator;

namespace PracticeNetwork.Modules.Tenancy.Contracts;

/// <summary>
/// Municipalities grouped by region, in region-code order, filtered by <paramref name="Search"/>
/// (a part of the Finnish or Swedish name or the code; case and diacritics ignored) and by <paramref name="RegionCode"/>.
/// </summary>
public sealed record ListMunicipalities(string? Search = null, string? RegionCode = null)
    : IQuery<IReadOnlyList<RegionWithMunicipalities>>;

/// <summary>One municipality by its official three-digit code, or null when there is none.</summary>
public sealed record GetMunicipality(string Code) : IQuery<MunicipalityDetails?>;

/// <summary>The municipalities <paramref name="PersonId"/> is a member of, with roles; used to choose the acting one.</summary>
public sealed record GetMembershipsOfPerson(Guid PersonId) : IQuery<IReadOnlyList<MembershipSummary>>;

/// <summary>
/// The memberships of the given people, or of everyone when <paramref name="PersonIds"/> is null: who is a member
/// (and so gets a digest), and as what, to decide what each may open when nobody is signed in (the digest job).
/// </summary>
public sealed record ListMembershipsOfPeople(IReadOnlyCollection<Guid>? PersonIds = null) : IQuery<IReadOnlyList<PersonMembership>>;

public sealed record PersonMembership(Guid PersonId, Guid MunicipalityId, MunicipalityRoles Roles);

public sealed record MembershipSummary(Guid MunicipalityId, string MunicipalityCode, MunicipalityRoles Roles);

/// <summary>The members of the acting municipality (none when nobody acts for one).</summary>
public sealed record ListMembers : IQuery<IReadOnlyList<MemberSummary>>;

public sealed record MemberSummary(Guid MembershipId, Guid PersonId, MunicipalityRoles Roles, int Version);

/// <summary>For network admins: how many members and admins every municipality has (municipalities with none are absent).</summary>
public sealed record GetMembershipCounts : IQuery<IReadOnlyDictionary<Guid, MembershipCount>>;

public sealed record MembershipCount(int Members, int Admins);
