using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.Modules.Tenancy.Features.Municipalities;

/// <summary>
/// The municipality and region reference data, read once and cached: 309 rows that change only when the
/// official list does (at migration time), and are needed on almost every page.
/// </summary>
internal sealed class MunicipalityDirectory(TenancyDbContext db, IMemoryCache cache)
{
    private static readonly object CacheKey = new();
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    internal sealed record Entry(MunicipalitySummary Municipality, string SearchKey);

    internal sealed record Snapshot(IReadOnlyList<RegionSummary> Regions, IReadOnlyList<Entry> Municipalities);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out Snapshot? snapshot) && snapshot is not null)
        {
            return snapshot;
        }

        var regions = await db.Regions.AsNoTracking()
            .OrderBy(region => region.Code)
            .Select(region => new RegionSummary(region.Code, region.NameFi, region.NameSv))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(municipality => new MunicipalitySummary(municipality.Id, municipality.Code, municipality.NameFi, municipality.NameSv, municipality.RegionCode))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        snapshot = new Snapshot(
            regions,
            municipalities
                .OrderBy(municipality => municipality.NameFi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true))
                .Select(municipality => new Entry(municipality, SearchKeyOf(municipality)))
                .ToList());

        // Only a complete list is worth keeping; an empty one means the seeder has not run yet.
        if (municipalities.Count > 0)
        {
            cache.Set(CacheKey, snapshot, Lifetime);
        }

        return snapshot;
    }

    public static string SearchKeyOf(MunicipalitySummary municipality) =>
        SearchText.Key(municipality.NameFi, municipality.NameSv, municipality.Code);
}
