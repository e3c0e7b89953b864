namespace PracticeNetwork.Modules.Tenancy.Contracts;

public sealed record MunicipalitySummary(Guid Id, string Code, string NameFi, string NameSv, string RegionCode);

public sealed record RegionSummary(string Code, string NameFi, string NameSv);

public sealed record RegionWithMunicipalities(RegionSummary Region, IReadOnlyList<MunicipalitySummary> Municipalities);

public sealed record MunicipalityDetails(MunicipalitySummary Municipality, RegionSummary Region, int MemberCount);
