using System.Globalization;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Upload;

/// <summary>What saving a row would do to the KPI's values.</summary>
public enum UploadRowKind
{
    New,
    Correction,
    Unchanged,
    Invalid,
}

/// <summary>One row of the file as the preview shows it: what was read, the value it would replace, its errors in words.</summary>
public sealed record UploadRow(MeasurementCsvRow Row, KpiValue? Existing, IReadOnlyList<string> Errors)
{
    public string Id => $"rivi-{Row.Line}";

    public UploadRowKind Kind =>
        Errors.Count > 0 ? UploadRowKind.Invalid
        : Existing is null ? UploadRowKind.New
        : Existing.Value == Row.Value && Existing.Note == Row.Note ? UploadRowKind.Unchanged
        : UploadRowKind.Correction;
}

/// <summary>
/// A measurement file checked against the KPI's current values: the file's own errors, and every row with what it
/// would do. A row for a period that already has a value is an error unless the reader chose to correct existing
/// values, as the command would refuse it. Saving is possible only when nothing is wrong, and saves every row.
/// </summary>
public sealed record UploadPreview(IReadOnlyList<string> FileErrors, IReadOnlyList<UploadRow> Rows)
{
    public bool CanSave => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(row => row.Errors.Count == 0);

    public int Count(UploadRowKind kind) => Rows.Count(row => row.Kind == kind);

    /// <param name="csvTexts">The <c>Csv.*</c> texts (ProcessResource).</param>
    /// <param name="texts">The upload's own texts (KpiCompareResource).</param>
    public static UploadPreview Of(
        MeasurementCsvPreview csv, IReadOnlyList<KpiValue> existing, bool correctExisting, string unit, IStringLocalizer csvTexts, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(texts);
        var current = existing.ToDictionary(value => value.Period);
        var rows = csv.Rows.Select(row =>
        {
            var errors = row.Errors.Select(error => error.Message(csvTexts)).ToList();
            var saved = row.Period is { } period ? current.GetValueOrDefault(period) : null;
            if (saved is not null && errors.Count == 0 && !correctExisting)
            {
                errors.Add(texts["Upload.AlreadyMeasured", saved.Period.ToDisplayString(), KpiValueText.WithUnit(saved.Value, unit, CultureInfo.CurrentCulture)].Value);
            }

            return new UploadRow(row, saved, errors);
        }).ToList();
        return new UploadPreview([.. csv.FileErrors.Select(error => error.Message(csvTexts))], rows);
    }
}
