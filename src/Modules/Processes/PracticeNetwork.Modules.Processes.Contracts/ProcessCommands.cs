using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>A new process description, a draft of the acting municipality; returns its id.</summary>
public sealed record CreateProcess(ProcessContent Content) : ICommand<Guid>;

/// <summary>An edit over <paramref name="Version"/>; a stale version is a conflict. Returns the new version.</summary>
public sealed record UpdateProcess(Guid ProcessId, ProcessContent Content, int Version, bool MinorChange = false) : ICommand<int>;

public sealed record TakeProcessStep(Guid ProcessId, WorkflowStep Step, int Version, string? Comment = null) : ICommand<int>;

public sealed record DeleteProcess(Guid ProcessId, int Version) : ICommand;

public sealed record RestoreDeletedProcess(Guid ProcessId) : ICommand;

/// <summary>A KPI saved: its id and the process's new version (the KPIs' ETag is their process's).</summary>
public sealed record KpiSaved(Guid KpiId, int Version);

public sealed record AddKpi(Guid ProcessId, KpiFields Fields, int Version) : ICommand<KpiSaved>;

public sealed record UpdateKpi(Guid ProcessId, Guid KpiId, KpiFields Fields, int Version) : ICommand<int>;

/// <summary>Removes a KPI and its measurements (they stay in the history of the KPI's removal in the change log only).</summary>
public sealed record RemoveKpi(Guid ProcessId, Guid KpiId, int Version) : ICommand<int>;

/// <summary>A measurement saved: its period and its own version (its ETag).</summary>
public sealed record MeasurementSaved(KpiPeriod Period, decimal Value, int Version, bool IsCorrection);

/// <summary>
/// The value of one period. A period that already has a value is a correction only when <paramref name="CorrectingVersion"/>
/// names the version being corrected (a stale one is a conflict); without it the period must be new (409 otherwise).
/// The earlier value stays in the history.
/// </summary>
public sealed record RecordMeasurement(Guid ProcessId, Guid KpiId, KpiPeriod Period, decimal Value, string? Note = null, int? CorrectingVersion = null)
    : ICommand<MeasurementSaved>;

/// <summary>One row of an upload: its line in the file, period and value.</summary>
public sealed record MeasurementRow(int Line, KpiPeriod Period, decimal Value, string? Note = null);

/// <summary>
/// A whole upload, saved all or nothing. A row for a period that already has a value is refused (per row) unless
/// <paramref name="CorrectExisting"/> is set, when it becomes a correction with the earlier value kept in the history.
/// </summary>
public sealed record RecordMeasurements(Guid ProcessId, Guid KpiId, IReadOnlyList<MeasurementRow> Rows, bool CorrectExisting) : ICommand<int>;

/// <summary>Brings a process in as it already is, with its KPIs and their values (the demo and the benchmark; background code only).</summary>
public sealed record ImportProcess(
    Guid Id,
    ProcessContent Content,
    PublicationStatus Status,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<ImportedKpi> Kpis,
    Guid? ReviewedBy = null) : ICommand<bool>, IImportedState
{
    public DateTimeOffset? ArchivedAt => null;

    public string? ReviewComment => null;

    public DateTimeOffset? UpdatedAt => null;
}

public sealed record ImportedKpi(Guid Id, KpiFields Fields, IReadOnlyList<ImportedMeasurement> Measurements);

public sealed record ImportedMeasurement(KpiPeriod Period, decimal Value, Guid RecordedBy, DateTimeOffset RecordedAt);
