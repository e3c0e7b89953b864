using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Processes.Features.Read;

/// <summary>
/// The KPIs of processes a reader was already allowed to open, with their values: the only reads of measurements
/// across municipalities, and only ever for process ids that passed the visibility rule.
/// </summary>
internal sealed class ProcessReads(ProcessesDbContext db)
{
    public async Task<IReadOnlyList<ProcessKpiDetails>> KpisAsync(ProcessDescription process, CancellationToken cancellationToken)
    {
        var values = await ValuesAsync([process.Id], cancellationToken).ConfigureAwait(false);
        var networkIds = process.Kpis.Select(kpi => kpi.NetworkKpiId).OfType<Guid>().ToList();
        var network = await db.NetworkKpis.AsNoTracking().Where(kpi => networkIds.Contains(kpi.Id))
            .ToDictionaryAsync(kpi => kpi.Id, kpi => kpi.Definition, cancellationToken).ConfigureAwait(false);
        return [.. process.Kpis.OrderBy(kpi => kpi.CreatedAt).ThenBy(kpi => kpi.Id).Select(kpi => new ProcessKpiDetails(kpi.Id, kpi.Fields,
            kpi.NetworkKpiId is { } id ? network.GetValueOrDefault(id) : null, ValuesOf(kpi, values)))];
    }

    /// <summary>The current values of every KPI of <paramref name="visibleProcessIds"/>, by KPI, in period order.</summary>
    public async Task<ILookup<Guid, KpiMeasurement>> ValuesAsync(IReadOnlyCollection<Guid> visibleProcessIds, CancellationToken cancellationToken)
    {
        var ids = visibleProcessIds.ToList();
        var rows = await db.Measurements.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(measurement => ids.Contains(measurement.ProcessId))
            .OrderBy(measurement => measurement.PeriodStart)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(measurement => measurement.KpiId);
    }

    public static IReadOnlyList<KpiValue> ValuesOf(ProcessKpi kpi, ILookup<Guid, KpiMeasurement> values) =>
        [.. values[kpi.Id].Select(measurement => new KpiValue(measurement.PeriodOf(kpi.Frequency), ProcessKpi.Normal(measurement.Value), measurement.Note,
            measurement.RecordedBy, measurement.RecordedAt, measurement.Version, measurement.Corrections))];
}
