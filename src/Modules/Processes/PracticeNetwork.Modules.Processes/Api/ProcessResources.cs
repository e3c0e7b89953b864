using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Processes.Api;

internal sealed record ProcessListItem(
    Guid Id,
    MunicipalityReference Municipality,
    string Title,
    string Summary,
    string Unit,
    PublicationStatus Status,
    Audience Audience,
    IReadOnlyList<Theme> Themes,
    int StepCount,
    int KpiCount,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string Url);

/// <summary>
/// A process as the caller may see it, with its KPIs and their latest values. <see cref="Content"/> is what POST and
/// PUT take; <see cref="Version"/> is the ETag to send in If-Match, also for the KPIs' definitions.
/// </summary>
internal sealed record ProcessResource(
    Guid Id,
    MunicipalityReference Municipality,
    PublicationStatus Status,
    int Version,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    ProcessContent Content,
    IReadOnlyList<KpiResource> Kpis,
    ProcessPermissions Permissions,
    string Bpmn);

/// <summary>A KPI: its definition, its network KPI (if any), its latest value and where its values are.</summary>
internal sealed record KpiResource(Guid Id, KpiFields Fields, NetworkKpiDefinition? NetworkKpi, MeasurementResource? Latest, int MeasurementCount, string Measurements);

/// <summary>The current value of a period; <see cref="Version"/> is its ETag for a correction.</summary>
internal sealed record MeasurementResource(string Period, decimal Value, string? Note, DateTimeOffset RecordedAt, int Version, int Corrections)
{
    public static MeasurementResource Of(KpiValue value) =>
        new(value.Period.ToString(), value.Value, value.Note, value.RecordedAt, value.Version, value.Corrections);
}

internal sealed record MeasurementListResource(Guid KpiId, string Name, string Unit, KpiFrequency Frequency, IReadOnlyList<MeasurementResource> Items);

internal sealed record MeasurementHistoryResource(string Period, IReadOnlyList<KpiValueHistoryEntry> Values);

internal sealed record ProcessHistoryResource(Guid ProcessId, string Title, IReadOnlyList<RevisionResource> Revisions, IReadOnlyList<ChangeEntry> Changes);

internal sealed record ComparisonSeriesResource(Guid ProcessId, string ProcessTitle, MunicipalityReference Municipality, string KpiName, decimal? Target,
    IReadOnlyList<MeasurementResource> Measurements, string Url);

internal sealed record ComparisonResource(NetworkKpiDefinition Kpi, IReadOnlyList<ComparisonSeriesResource> Series);

internal static class ProcessUrls
{
    public const string Root = "/api/v1/processes";

    public static string Process(Guid id) => $"{Root}/{id}";

    public static string Kpi(Guid id, Guid kpiId) => $"{Root}/{id}/kpis/{kpiId}";

    public static string Measurements(Guid id, Guid kpiId) => $"{Kpi(id, kpiId)}/measurements";

    public static string Measurement(Guid id, Guid kpiId, KpiPeriod period) => $"{Measurements(id, kpiId)}/{period}";
}
