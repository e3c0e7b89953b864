using System.Globalization;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>A measurement upload's errors in the reader's language (the <c>Csv.*</c> texts).</summary>
public static class MeasurementCsvText
{
    public static string Message(this MeasurementCsvError error, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        return string.Format(CultureInfo.CurrentCulture, texts[error.Code].Value, [.. error.Arguments]);
    }
}
