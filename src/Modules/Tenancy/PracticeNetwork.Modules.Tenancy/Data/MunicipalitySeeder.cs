using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy.Data;

/// <summary>
/// Brings the Regions and Municipalities tables in line with the embedded list: inserts what is missing and
/// updates names and regions that changed. Idempotent; never deletes (memberships and content point at rows).
/// </summary>
public sealed class MunicipalitySeeder(TenancyDbContext db, ILogger<MunicipalitySeeder> logger) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var rows = MunicipalityCatalog.Load();
        var regions = await db.Regions.ToDictionaryAsync(region => region.Code, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.DistinctBy(row => row.RegionCode))
        {
            if (regions.TryGetValue(row.RegionCode, out var region))
            {
                region.Rename(row.RegionFi, row.RegionSv);
            }
            else
            {
                db.Regions.Add(new Region(row.RegionCode, row.RegionFi, row.RegionSv));
            }
        }

        var municipalities = await db.Municipalities.ToDictionaryAsync(municipality => municipality.Code, cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var row in rows)
        {
            if (municipalities.TryGetValue(row.Code, out var municipality))
            {
                municipality.Update(row.NameFi, row.NameSv, row.RegionCode);
            }
            else
            {
                db.Municipalities.Add(new Municipality(row.Code, row.NameFi, row.NameSv, row.RegionCode));
                added++;
            }
        }

        var changed = await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            logger.LogInformation("Municipality list synchronised: {Added} added, {Changed} rows written", added, changed);
        }
    }
}
