using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Api;

/// <summary>The municipality an item belongs to: its official code and names.</summary>
public sealed record MunicipalityReference(string Code, string NameFi, string NameSv)
{
    public static MunicipalityReference Of(MunicipalitySummary? municipality) => municipality is null
        ? new MunicipalityReference(string.Empty, string.Empty, string.Empty)
        : new MunicipalityReference(municipality.Code, municipality.NameFi, municipality.NameSv);
}
