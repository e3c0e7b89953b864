using Microsoft.AspNetCore.Html;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>
/// A word diff as <c>del</c>/<c>ins</c> with a visually hidden "removed:"/"added:" before each change for screen
/// readers; every piece of text is HTML-encoded, only the tags are ours.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IEnumerable<TextDiffSegment> segments, string insertedLabel, string deletedLabel)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var (tag, label) = segment.Change switch
            {
                TextChange.Inserted => ("ins", insertedLabel),
                TextChange.Deleted => ("del", deletedLabel),
                _ => ((string?)null, (string?)null),
            };
            if (tag is null)
            {
                html.Append(segment.Text);
                continue;
            }

            html.AppendHtml($"<{tag}><span class=\"visually-hidden\">");
            html.Append(label + " ");
            html.AppendHtml("</span>");
            html.Append(segment.Text);
            html.AppendHtml($"</{tag}>");
        }

        return html;
    }
}
