using Mediator;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>A process and one of its KPIs, as the reader may open them.</summary>
public sealed record KpiSubject(ProcessDetails Process, ProcessKpiDetails Kpi)
{
    /// <summary>Null (a 404) when the reader may not open the process, it is in the bin, or it has no such KPI.</summary>
    public static async Task<KpiSubject?> LoadAsync(ISender sender, Guid processId, Guid kpiId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return await sender.Send(new GetProcess(processId), cancellationToken) is { IsDeleted: false } process
            && process.Kpis.FirstOrDefault(kpi => kpi.Id == kpiId) is { } found
                ? new KpiSubject(process, found)
                : null;
    }
}
