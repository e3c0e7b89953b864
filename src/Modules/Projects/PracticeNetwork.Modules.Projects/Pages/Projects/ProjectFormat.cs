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

    public static IHtmlContent Time(DateOnly date)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<time datetime=\"{Iso(date)}\">{encoder.Encode(Date(date))}</time>");
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
