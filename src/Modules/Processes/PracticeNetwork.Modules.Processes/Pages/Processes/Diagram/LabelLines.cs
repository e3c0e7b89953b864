using System.Globalization;
using PracticeNetwork.Web.Charts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;

/// <summary>Breaks a label into at most a few lines at word boundaries; what does not fit is cut with "…" on the last line.</summary>
internal static class LabelLines
{
    public static IReadOnlyList<string> Wrap(string text, int maxChars, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(word => Pieces(word, maxChars))
            .ToList();
        var lines = new List<string>();
        var current = string.Empty;
        var index = 0;
        for (; index < words.Count; index++)
        {
            var candidate = current.Length == 0 ? words[index] : $"{current} {words[index]}";
            if (Length(candidate) <= maxChars)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                break;
            }

            lines.Add(current);
            current = words[index];
        }

        if (index < words.Count)
        {
            // Something is left over: the last line carries as much of it as fits, then "…".
            current = SvgKit.Shorten(string.Join(' ', [current, .. words.Skip(index)]), maxChars);
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>A word longer than a line (a long compound, say), hyphenated into pieces of a line each.</summary>
    private static IEnumerable<string> Pieces(string word, int maxChars)
    {
        var info = new StringInfo(word);
        var start = 0;
        for (; info.LengthInTextElements - start > maxChars; start += maxChars - 1)
        {
            yield return info.SubstringByTextElements(start, maxChars - 1) + "-";
        }

        yield return info.SubstringByTextElements(start);
    }
}
