using PracticeNetwork.Modules.Processes.Contracts;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Processes.Data;

/// <summary>Brings the network KPI catalogue in the database in line with <see cref="NetworkKpiCatalogue"/> after every migration.</summary>
internal sealed class NetworkKpiSeeder(ProcessesDbContext db) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stored = await db.NetworkKpis.ToDictionaryAsync(kpi => kpi.Id, cancellationToken).ConfigureAwait(false);
        foreach (var definition in NetworkKpiCatalogue.All)
        {
            if (stored.TryGetValue(definition.Id, out var kpi))
            {
                kpi.Update(definition);
            }
            else
            {
                db.NetworkKpis.Add(new NetworkKpi(definition));
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
