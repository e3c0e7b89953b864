using Mediator;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Municipalities;

/// <summary>
/// Every municipality and region, loaded once for a request (pages and API): codes to ids and back, names for
/// cards and API items, the filter choices, and a region's municipalities (a region filter is their ids).
/// </summary>
public sealed class MunicipalityLookup
{
    private readonly Dictionary<Guid, MunicipalitySummary> _byId;
    private readonly Dictionary<string, MunicipalitySummary> _byCode;

    private MunicipalityLookup(IReadOnlyList<RegionWithMunicipalities> regions)
    {
        Regions = regions;
        var all = regions.SelectMany(group => group.Municipalities).ToList();
        _byId = all.ToDictionary(municipality => municipality.Id);
        _byCode = all.ToDictionary(municipality => municipality.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegionWithMunicipalities> Regions { get; }

    public static async Task<MunicipalityLookup> LoadAsync(ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return new MunicipalityLookup(await sender.Send(new ListMunicipalities(), cancellationToken));
    }

    public MunicipalitySummary? ById(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>The municipality's name in the reader's language; empty for an unknown id.</summary>
    public string NameOf(Guid id) => ById(id) is { } municipality ? MunicipalityNames.Of(municipality) : string.Empty;

    public MunicipalitySummary? ByCode(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    public RegionWithMunicipalities? Region(string? code) =>
        code is null ? null : Regions.FirstOrDefault(group => group.Region.Code == code.Trim());
}
