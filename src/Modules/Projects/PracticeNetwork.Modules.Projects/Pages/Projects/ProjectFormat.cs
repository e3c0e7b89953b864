using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>A project's dates as the reader expects them, each in a <c>time</c> element.</summary>
public static class ProjectFormat
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A date as typed: the date picker's 2026-04-30, or 30.4.2026 in the reader's own format where there is no picker.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso
            : DateOnly.TryParse(value, CultureInfo.CurrentCulture, DateTimeStyles.None, out var local) ? local
            : null;
    }

    public static IHtmlContent Time(DateOnly date)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<time datetime=\"{Iso(date)}\">{encoder.Encode(Date(date))}</time>");
    }

    /// <summary>A size limit for people: "10 Mt", or kilobytes under a megabyte.</summary>
    public static string Size(long bytes, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return bytes >= 1024 * 1024
            ? texts["File.SizeMegabytes", Math.Round(bytes / (1024.0 * 1024), 1)]
            : texts["File.SizeKilobytes", Math.Max(1, (long)Math.Ceiling(bytes / 1024.0))];
    }

    /// <summary>The project's period: both dates, "from …" or "until …" when one is open, nothing without dates.</summary>
    public static IHtmlContent Period(DateOnly? start, DateOnly? end, IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var html = new HtmlContentBuilder();
        if (start is { } from && end is { } until)
        {
            return html.AppendHtml(Time(from)).Append("–").AppendHtml(Time(until));
        }

        if (start is { } only)
        {
            return html.Append(texts["Dates.From"] + " ").AppendHtml(Time(only));
        }

        return end is { } last ? html.Append(texts["Dates.Until"] + " ").AppendHtml(Time(last)) : html;
    }
}
