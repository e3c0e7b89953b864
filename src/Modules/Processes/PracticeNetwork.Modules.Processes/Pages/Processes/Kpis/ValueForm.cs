using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// What the form for one value posts, as typed: the period as the reader writes it for the KPI's frequency ("3/2025",
/// "2025-03"), the value with a decimal comma or point, and, for a correction, the version of the value corrected.
/// </summary>
public sealed class ValueForm
{
    public static readonly FieldErrors Errors = new(["period", "value", "note"], []);

    public string? Period { get; set; }

    public string? Value { get; set; }

    public string? Note { get; set; }

    /// <summary>The version of the value being corrected; none for a new period.</summary>
    public int? CorrectingVersion { get; set; }

    public bool IsCorrection => CorrectingVersion is not null;

    /// <summary>The form filled with a period's current value, to correct it.</summary>
    public static ValueForm Correcting(KpiValue value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ValueForm
        {
            Period = value.Period.ToString(),
            Value = KpiForm.Number(value.Value, culture),
            Note = value.Note,
            CorrectingVersion = value.Version,
        };
    }

    /// <summary>The command to send; a period or a number that cannot be read is refused by its field name.</summary>
    public RecordMeasurement ToCommand(Guid processId, Guid kpiId, KpiFrequency frequency)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!KpiPeriod.TryParse(Period, frequency, out var period))
        {
            errors["period"] = ["Give the period in the form the hint shows."];
        }

        var value = KpiForm.Parse(Value, "value", errors);
        if (value is null && !errors.ContainsKey("value"))
        {
            errors["value"] = ["Give the value."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        return new RecordMeasurement(processId, kpiId, period!.Value, value!.Value, note, CorrectingVersion);
    }
}
