using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>One process with its KPIs and their measurements, if the current reader may open it; null otherwise.</summary>
public sealed record GetProcess(Guid ProcessId) : IQuery<ProcessDetails?>;

public sealed record ProcessDetails(
    Guid Id,
    Guid MunicipalityId,
    ProcessContent Content,
    PublicationStatus PublicationStatus,
    int Version,
    int RevisionNumber,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    IReadOnlyList<ProcessKpiDetails> Kpis,
    ProcessPermissions Permissions);

/// <summary>A KPI with its current values in period order.</summary>
public sealed record ProcessKpiDetails(Guid Id, KpiFields Fields, NetworkKpiDefinition? NetworkKpi, IReadOnlyList<KpiValue> Measurements)
{
    public KpiValue? Latest => Measurements.Count == 0 ? null : Measurements[^1];
}

/// <summary>The current value of one period; <see cref="Corrections"/> counts the earlier values the history keeps.</summary>
public sealed record KpiValue(KpiPeriod Period, decimal Value, string? Note, Guid RecordedBy, DateTimeOffset RecordedAt, int Version, int Corrections);

/// <summary>What the current reader may do on the process: its content, its KPIs, their measurements.</summary>
public sealed record ProcessPermissions(ContentPermissions Content, bool ManageKpis, bool RecordMeasurements)
{
    public static readonly ProcessPermissions None = new(ContentPermissions.None, ManageKpis: false, RecordMeasurements: false);
}

/// <summary>Every value one period of a KPI has had, newest first (the current one first).</summary>
public sealed record GetMeasurementHistory(Guid ProcessId, Guid KpiId, KpiPeriod Period) : IQuery<IReadOnlyList<KpiValueHistoryEntry>?>;

public sealed record KpiValueHistoryEntry(decimal Value, string? Note, Guid RecordedBy, DateTimeOffset RecordedAt, bool IsCurrent);

/// <summary>Processes the reader may open, newest first, filtered; a page of them and the total.</summary>
public sealed record ListProcesses(ProcessFilter Filter, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<ContentPage<ProcessSummary>>;

public sealed record ProcessFilter(
    IReadOnlyList<Guid>? MunicipalityIds = null,
    Theme? Theme = null,
    bool? HasKpis = null,
    Guid? NetworkKpiId = null,
    bool IncludeArchived = false);

public sealed record ProcessSummary(
    Guid Id,
    Guid MunicipalityId,
    string Title,
    string Summary,
    string Unit,
    PublicationStatus Status,
    Audience Audience,
    IReadOnlyList<Theme> Themes,
    int StepCount,
    int KpiCount,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The acting municipality's own processes, drafts included, as far as the reader may open them.</summary>
public sealed record ListMunicipalityProcesses : IQuery<IReadOnlyList<ProcessSummary>>;

/// <summary>The network's KPI catalogue.</summary>
public sealed record ListNetworkKpis : IQuery<IReadOnlyList<NetworkKpiDefinition>>;

/// <summary>
/// One network KPI across the municipalities that measure it: one series per KPI of a process the reader may open
/// (nothing of any other process: not its values, not that it exists).
/// </summary>
public sealed record CompareNetworkKpi(Guid NetworkKpiId) : IQuery<KpiComparison?>;

public sealed record KpiComparison(NetworkKpiDefinition Definition, IReadOnlyList<KpiComparisonSeries> Series);

public sealed record KpiComparisonSeries(Guid ProcessId, string ProcessTitle, Guid MunicipalityId, Guid KpiId, string KpiName, decimal? Target, IReadOnlyList<KpiValue> Measurements);

public sealed record GetProcessHistory(Guid ProcessId) : IQuery<ContentHistory?>;

/// <summary>The process as BPMN 2.0 XML with diagram interchange (lanes, tasks, flows, shapes), if the reader may open it.</summary>
public sealed record ExportProcessBpmn(Guid ProcessId) : IQuery<ProcessBpmn?>;

public sealed record ProcessBpmn(string FileName, string Xml);
