using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Processes.Features.Kpis;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Processes.Features.Measurements;

internal sealed class RecordMeasurementValidator : AbstractValidator<RecordMeasurement>
{
    public RecordMeasurementValidator()
    {
        RuleFor(command => command.Value).Must(value => KpiFieldRules.Plausible(value))
            .WithMessage("Give a number between -1 000 000 000 and 1 000 000 000.").OverridePropertyName("value");
        RuleFor(command => command.Note).MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("note");
    }
}

internal sealed class RecordMeasurementsValidator : AbstractValidator<RecordMeasurements>
{
    public RecordMeasurementsValidator()
    {
        RuleFor(command => command.Rows).NotEmpty().WithMessage("The file has no values.")
            .Must(rows => rows is null || rows.Count <= ProcessLimits.MaxMeasurementRows)
            .WithMessage($"At most {ProcessLimits.MaxMeasurementRows} values at a time.").OverridePropertyName("rows");
        RuleForEach(command => command.Rows).ChildRules(row =>
        {
            row.RuleFor(item => item.Value).Must(value => KpiFieldRules.Plausible(value))
                .WithMessage("Give a number between -1 000 000 000 and 1 000 000 000.").OverridePropertyName("value");
            row.RuleFor(item => item.Note).MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("note");
        }).OverridePropertyName("rows");
    }
}

/// <summary>Recording values of a KPI, one or a whole upload, with corrections that keep the earlier value.</summary>
internal sealed class MeasurementRecorder(KpiWork work, ProcessesDbContext db)
{
    public async Task<IReadOnlyList<MeasurementSaved>> RecordAsync(
        Guid processId, Guid kpiId, IReadOnlyList<MeasurementRow> rows, Func<MeasurementRow, KpiMeasurement, int?> correctingVersion,
        CancellationToken cancellationToken)
    {
        var saved = new List<(KpiMeasurement Measurement, bool IsCorrection)>();
        try
        {
            await work.RunAsync(processId, version: null, "measurements", async change =>
            {
                var kpi = KpiWork.KpiOf(change.Process, kpiId);
                EnsureFrequency(kpi, rows);
                var existing = await db.Measurements.Where(measurement => measurement.KpiId == kpi.Id)
                    .ToDictionaryAsync(measurement => measurement.Period, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
                var standing = Standing(kpi, existing.Values);
                var events = new List<ContentEvent>();
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var (row, index) in rows.Select((row, index) => (row, index)))
                {
                    var isCorrection = existing.TryGetValue(row.Period.ToString(), out var measurement);
                    if (measurement is not null)
                    {
                        if (correctingVersion(row, measurement) is not { } expected)
                        {
                            errors[rows.Count == 1 ? "period" : $"rows[{index}].period"] =
                                [$"{row.Period.ToDisplayString()} already has the value {measurement.Value}. Correct it instead."];
                            continue;
                        }

                        if (expected != measurement.Version)
                        {
                            throw new ConflictException("Someone else changed this value after you opened it. Reload it and make your change again.",
                                "StaleMeasurement", measurement.Version);
                        }

                        if (measurement.Value == row.Value && measurement.Note == row.Note)
                        {
                            saved.Add((measurement, false));
                            continue;
                        }

                        db.Corrections.Add(measurement.Correct(row.Value, row.Note, change.PersonId, change.Now));
                    }
                    else
                    {
                        measurement = new KpiMeasurement(change.Process, kpi, row.Period, row.Value, row.Note, change.PersonId, change.Now);
                        db.Measurements.Add(measurement);
                        existing[measurement.Period] = measurement;
                    }

                    saved.Add((measurement, isCorrection));
                    events.AddRange(ProcessContentType.Measured(change.Process, kpi, row.Period, row.Value, isCorrection, standing, change.PersonId, change.Now));
                    standing = Standing(kpi, existing.Values);
                }

                if (errors.Count > 0)
                {
                    throw new ConflictOrInvalid(errors);
                }

                return events;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ConflictOrInvalid refused) when (rows.Count == 1)
        {
            throw new ConflictException(refused.Errors.Values.First()[0], MeasurementConflicts.PeriodMeasured, 0);
        }
        catch (ConflictOrInvalid refused)
        {
            throw new RequestValidationException(refused.Errors);
        }
        catch (DbUpdateException)
        {
            // Two saves of the same new period at the same time: the unique index keeps one.
            throw new ConflictException("Someone else recorded a value for this period at the same time. Reload and check it.", MeasurementConflicts.PeriodMeasured, 0);
        }

        return [.. saved.Select(item => new MeasurementSaved(item.Measurement.PeriodOf(KpiFrequencyOf(rows)), item.Measurement.Value, item.Measurement.Version, item.IsCorrection))];
    }

    private static KpiFrequency KpiFrequencyOf(IReadOnlyList<MeasurementRow> rows) => rows[0].Period.Frequency;

    private static void EnsureFrequency(ProcessKpi kpi, IReadOnlyList<MeasurementRow> rows)
    {
        if (rows.FirstOrDefault(row => row.Period.Frequency != kpi.Frequency) is { } wrong)
        {
            throw RequestValidationException.For("period", $"{wrong.Period.ToDisplayString()} is not a period of this KPI, which is measured {kpi.Frequency.ToString().ToLowerInvariant()}.");
        }
    }

    private static KpiStanding Standing(ProcessKpi kpi, IEnumerable<KpiMeasurement> measurements)
    {
        var latest = measurements.MaxBy(measurement => measurement.PeriodStart);
        return latest is null ? new KpiStanding(null, null) : new KpiStanding(latest.PeriodOf(kpi.Frequency), kpi.Reaches(latest.Value));
    }

    /// <summary>Rows refused because their period already has a value: a 409 for one value, field errors for an upload.</summary>
    private sealed class ConflictOrInvalid(Dictionary<string, string[]> errors) : Exception
    {
        public Dictionary<string, string[]> Errors { get; } = errors;
    }
}

internal sealed class RecordMeasurementHandler(MeasurementRecorder recorder) : ICommandHandler<RecordMeasurement, MeasurementSaved>
{
    public async ValueTask<MeasurementSaved> Handle(RecordMeasurement command, CancellationToken cancellationToken)
    {
        var saved = await recorder.RecordAsync(command.ProcessId, command.KpiId, [new MeasurementRow(1, command.Period, command.Value, command.Note)],
            (_, _) => command.CorrectingVersion, cancellationToken).ConfigureAwait(false);
        return saved[0];
    }
}

/// <summary>A whole upload: all rows are saved, or none.</summary>
internal sealed class RecordMeasurementsHandler(MeasurementRecorder recorder) : ICommandHandler<RecordMeasurements, int>
{
    public async ValueTask<int> Handle(RecordMeasurements command, CancellationToken cancellationToken)
    {
        if (command.Rows.GroupBy(row => row.Period).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw RequestValidationException.For("rows", $"{twice.Key.ToDisplayString()} is in the file more than once.");
        }

        var saved = await recorder.RecordAsync(command.ProcessId, command.KpiId, command.Rows,
            (_, measurement) => command.CorrectExisting ? measurement.Version : null, cancellationToken).ConfigureAwait(false);
        return saved.Count;
    }
}
