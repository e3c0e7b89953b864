using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>
/// The current value of one period of a KPI, stamped with the process's municipality. A correction replaces the value
/// and keeps the one before it as a <see cref="KpiMeasurementCorrection"/>; <see cref="Version"/> is the row's ETag.
/// </summary>
public sealed class KpiMeasurement : ITenantOwned, IVersioned
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private KpiMeasurement()
    {
    }
#pragma warning restore CS8618

    internal KpiMeasurement(ProcessDescription process, ProcessKpi kpi, KpiPeriod period, decimal value, string? note, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MunicipalityId = process.MunicipalityId;
        ProcessId = process.Id;
        KpiId = kpi.Id;
        Period = period.ToString();
        PeriodStart = period.Start;
        (Value, Note, RecordedBy, RecordedAt) = (value, note, by, now);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid ProcessId { get; private set; }

    public Guid KpiId { get; private set; }

    /// <summary>ISO: "2024-03", "2024-Q1", "2024".</summary>
    public string Period { get; private set; }

    /// <summary>The period's first day, for ordering and ranges in the database.</summary>
    public DateOnly PeriodStart { get; private set; }

    public decimal Value { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public int Corrections { get; private set; }

    public int Version { get; private set; }

    public KpiPeriod PeriodOf(KpiFrequency frequency) => KpiPeriod.Parse(Period, frequency);

    /// <summary>Replaces the value; returns the earlier one for the history.</summary>
    internal KpiMeasurementCorrection Correct(decimal value, string? note, Guid by, DateTimeOffset now)
    {
        var earlier = new KpiMeasurementCorrection(this, now);
        (Value, Note, RecordedBy, RecordedAt) = (value, note, by, now);
        Corrections++;
        return earlier;
    }
}

/// <summary>A value a period had before it was corrected: who recorded it and when, and when it was replaced.</summary>
public sealed class KpiMeasurementCorrection : ITenantOwned
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private KpiMeasurementCorrection()
    {
    }
#pragma warning restore CS8618

    internal KpiMeasurementCorrection(KpiMeasurement replaced, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MunicipalityId = replaced.MunicipalityId;
        MeasurementId = replaced.Id;
        KpiId = replaced.KpiId;
        Value = replaced.Value;
        Note = replaced.Note;
        RecordedBy = replaced.RecordedBy;
        RecordedAt = replaced.RecordedAt;
        ReplacedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid MeasurementId { get; private set; }

    public Guid KpiId { get; private set; }

    public decimal Value { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset ReplacedAt { get; private set; }
}
