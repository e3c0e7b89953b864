using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The process descriptions of the demo network (<see cref="DemoCatalog.Processes"/>, read from files), imported after
/// the demo people, practices and projects they link to: each with its KPIs and their generated sample values, acting
/// for its owner (<see cref="ImportProcess"/>), the values recorded by the process's author. Every start imports only
/// what is missing, so a second start changes nothing and demo users' own values and corrections stay.
/// </summary>
internal sealed class DemoProcesses(DemoImports imports, ILogger<DemoProcesses> logger)
{
    /// <summary>Imports the missing demo processes; returns how many were imported.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var imported = 0;
        var values = 0;
        foreach (var process in DemoCatalog.Processes)
        {
            var owner = await imports.MunicipalityAsync(process, process.Municipality, "municipality", cancellationToken);
            var author = await imports.PersonAsync(process, process.Author, "author", "author", process.Municipality);
            var reviewer = await imports.PersonAsync(process, process.Reviewer, "reviewer", "reviewer", process.Municipality);
            List<ImportedKpi> kpis =
            [
                .. process.Kpis.Select(kpi => new ImportedKpi(process.KpiId(kpi), kpi.Fields,
                    [.. kpi.Values().Select(value => new ImportedMeasurement(value.Period, value.Value, author, value.RecordedAt))])),
            ];
            using var acting = imports.ActFor(owner);
            var command = new ImportProcess(process.Id, process.Content, process.Status, author, process.Created, process.Published, kpis, reviewer);
            if (await imports.SendAsync(process, command, cancellationToken))
            {
                imported++;
                values += kpis.Sum(kpi => kpi.Measurements.Count);
            }
        }

        if (imported > 0)
        {
            logger.LogInformation("Demo processes imported: {Count}, with {Values} KPI values", imported, values);
        }

        return imported;
    }
}
