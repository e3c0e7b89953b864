using Mediator;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Api;

/// <summary>Every municipality and region (from the Tenancy module's cached directory), to turn codes into ids and back.</summary>
internal sealed class MunicipalityCatalog
{
    private readonly IReadOnlyList<RegionWithMunicipalities> _regions;
    private readonly Dictionary<Guid, MunicipalitySummary> _byId;
    private readonly Dictionary<string, MunicipalitySummary> _byCode;

    private MunicipalityCatalog(IReadOnlyList<RegionWithMunicipalities> regions)
    {
        _regions = regions;
        var all = regions.SelectMany(region => region.Municipalities).ToList();
        _byId = all.ToDictionary(municipality => municipality.Id);
        _byCode = all.ToDictionary(municipality => municipality.Code, StringComparer.Ordinal);
    }

    public static async Task<MunicipalityCatalog> LoadAsync(ISender sender, CancellationToken cancellationToken) =>
        new(await sender.Send(new ListMunicipalities(), cancellationToken));

    public MunicipalitySummary? ByCode(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<MunicipalitySummary> InRegion(string regionCode) =>
        [.. _regions.Where(region => region.Region.Code == regionCode).SelectMany(region => region.Municipalities)];

    public MunicipalityReference Reference(Guid id) => _byId.TryGetValue(id, out var municipality)
        ? new MunicipalityReference(municipality.Code, municipality.NameFi, municipality.NameSv)
        : new MunicipalityReference(string.Empty, string.Empty, string.Empty);
}

/// <summary>The municipality an item belongs to: its official code and names.</summary>
internal sealed record MunicipalityReference(string Code, string NameFi, string NameSv);
