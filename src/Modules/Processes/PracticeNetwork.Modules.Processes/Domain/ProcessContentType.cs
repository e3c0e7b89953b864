using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>Processes as the shared content machinery sees them: their noun and their typed events, KPI events included.</summary>
internal sealed class ProcessContentType : ContentType<ProcessDescription, ProcessContent>
{
    public const string Name = "process";

    public override string Noun => Name;

    public override string PathOf(Guid id) => $"/prosessit/{id}";

    public override SearchFacets SearchFacetsOf(ProcessDescription item) => new(Stage: null, EvidenceLevel: null, HasKpis: item.Kpis.Count > 0);

    public override ContentEvent Published(ProcessDescription item, Guid by, DateTimeOffset at) => Stamp<ProcessPublished>(item, by, at);

    public override ContentEvent Updated(ProcessDescription item, Guid by, DateTimeOffset at, IReadOnlyList<string> fields) =>
        Stamp<ProcessUpdated>(item, by, at) with { Fields = fields };

    public override ContentEvent Archived(ProcessDescription item, Guid by, DateTimeOffset at, bool deleted) =>
        Stamp<ProcessArchived>(item, by, at) with { Deleted = deleted };

    /// <summary>
    /// The events of a value recorded for <paramref name="kpi"/>: measured, and reached or missed when the value of the
    /// KPI's latest period crosses the target. None while the process is not published: nobody follows a draft.
    /// </summary>
    public static IEnumerable<ContentEvent> Measured(ProcessDescription item, ProcessKpi kpi, KpiPeriod period, decimal value,
        bool isCorrection, KpiStanding before, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(kpi);
        if (item.Status != PublicationStatus.Published)
        {
            yield break;
        }

        yield return Kpi<KpiMeasured>(item, kpi, period, value, by, at) with { IsCorrection = isCorrection };
        if (before.LatestPeriod is { } latest && period < latest || kpi.Reaches(value) is not { } reaches || kpi.Target is not { } target)
        {
            yield break;
        }

        if (reaches && before.LatestReached != true)
        {
            yield return Kpi<KpiTargetReached>(item, kpi, period, value, by, at) with { Target = target };
        }
        else if (!reaches && before.LatestReached == true)
        {
            yield return Kpi<KpiTargetMissed>(item, kpi, period, value, by, at) with { Target = target };
        }
    }

    private static TEvent Kpi<TEvent>(ProcessDescription item, ProcessKpi kpi, KpiPeriod period, decimal value, Guid by, DateTimeOffset at)
        where TEvent : KpiEvent, new() =>
        Stamp<TEvent>(item, by, at) with { KpiId = kpi.Id, KpiName = kpi.Name, NetworkKpiId = kpi.NetworkKpiId, Period = period.ToString(), Value = value };
}

/// <summary>
/// Where a KPI stood before a value was recorded: its latest period and whether that period's value reached the
/// target (null: no value yet, or no target). For a correction of the latest period, the value being replaced.
/// </summary>
internal readonly record struct KpiStanding(KpiPeriod? LatestPeriod, bool? LatestReached);
