using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// What the KPI form posts, field names as in the API (<c>name</c>, <c>baseline</c>, <c>networkKpi</c>), so that the
/// module's validation errors land on the inputs they are about. Numbers are kept as typed ("5,5" or "5.5").
/// </summary>
public sealed class KpiForm
{
    /// <summary>The module's field errors by the inputs, in the order the form shows them.</summary>
    public static readonly FieldErrors Errors = new(
        ["name", "definition", "formula", "networkKpi", "unit", "direction", "frequency", "baseline", "target", "dataSource", "owner"], []);

    public string? Name { get; set; }

    public string? Definition { get; set; }

    public string? Formula { get; set; }

    public Guid? NetworkKpi { get; set; }

    public string? Unit { get; set; }

    public KpiDirection? Direction { get; set; }

    public KpiFrequency? Frequency { get; set; }

    public string? Baseline { get; set; }

    public string? Target { get; set; }

    public string? DataSource { get; set; }

    public string? Owner { get; set; }

    public static KpiForm ForNew() => new() { Frequency = KpiFrequency.Monthly };

    public static KpiForm From(KpiFields fields, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new KpiForm
        {
            Name = fields.Name,
            Definition = fields.Definition,
            Formula = fields.Formula,
            NetworkKpi = fields.NetworkKpiId,
            Unit = fields.Unit,
            Direction = fields.Direction,
            Frequency = fields.Frequency,
            Baseline = Number(fields.Baseline, culture),
            Target = Number(fields.Target, culture),
            DataSource = fields.DataSource,
            Owner = fields.Owner,
        };
    }

    /// <summary>
    /// The fields to send. A missing choice goes out as an invalid value, so that the module reports every problem at
    /// once under the field's own name; only a number that is not one is refused here, by the same field names.
    /// </summary>
    public KpiFields ToFields()
    {
        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var baseline = Parse(Baseline, "baseline", unreadable);
        var target = Parse(Target, "target", unreadable);
        if (unreadable.Count > 0)
        {
            throw new RequestValidationException(unreadable);
        }

        return new KpiFields(
            Name?.Trim() ?? string.Empty,
            Definition?.Trim() ?? string.Empty,
            Formula?.Trim() ?? string.Empty,
            Unit?.Trim() ?? string.Empty,
            baseline,
            target,
            Direction ?? 0,
            Frequency ?? 0,
            DataSource?.Trim() ?? string.Empty,
            Owner?.Trim() ?? string.Empty,
            NetworkKpi);
    }

    /// <summary>A value as the form shows it: the reader's decimal separator, no thousands separators, no trailing zeros.</summary>
    public static string? Number(decimal? value, CultureInfo culture) => value?.ToString("0.####", culture);

    /// <summary>Reads a typed number ("5,5", "5.5", "1 200"); an empty one is none, one that is not a number or has too many decimals is an error.</summary>
    public static decimal? Parse(string? text, string field, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (KpiValueText.TryParse(text, out var value) && KpiValueText.Fits(value))
        {
            return value;
        }

        errors[field] = [$"Give a number with at most {KpiValueText.MaxDecimals} decimals, e.g. 5,5."];
        return null;
    }
}
