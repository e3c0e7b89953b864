using System.Globalization;
using System.Text;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>
/// A KPI's values as CSV for machines (RFC 4180): a header <c>period,value,note,recordedAt</c>, ISO periods, dot
/// decimals and ISO 8601 times, comma separated, fields with a comma, quote or line break quoted. Stable field names.
/// </summary>
internal static class MeasurementCsvExport
{
    public static string Write(IEnumerable<KpiValue> values)
    {
        var csv = new StringBuilder("period,value,note,recordedAt\r\n");
        foreach (var value in values)
        {
            csv.Append(value.Period.ToString()).Append(',')
                .Append(value.Value.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(value.Note)).Append(',')
                .Append(value.RecordedAt.ToString("O", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string? text) =>
        text is null ? string.Empty
        : text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
