using System.Text;
using System.Text.RegularExpressions;

namespace PracticeNetwork.SharedKernel.Text;

public enum DiffKind
{
    Unchanged,
    Inserted,
    Deleted,
}

/// <summary>A run of text that is the same, added or removed between two versions.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A readable word-level diff of two texts (longest common subsequence over words and the spaces between them).
/// Texts too long for a word-level table fall back to whole lines, so the cost stays bounded.
/// </summary>
public static partial class TextDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldTokens = Words(before);
        var newTokens = Words(after);
        if ((long)oldTokens.Length * newTokens.Length > MaxCells)
        {
            oldTokens = Lines(before);
            newTokens = Lines(after);
        }

        return Merge(Diff(oldTokens, newTokens));
    }

    /// <summary>Whether anything but whitespace differs.</summary>
    public static bool DiffersInSubstance(string before, string after) =>
        !string.Equals(Whitespace().Replace(before ?? string.Empty, " ").Trim(), Whitespace().Replace(after ?? string.Empty, " ").Trim(), StringComparison.Ordinal);

    private static string[] Words(string text) => [.. Token().Matches(text).Select(match => match.Value)];

    private static string[] Lines(string text) => [.. LineToken().Matches(text).Select(match => match.Value)];

    private static List<DiffSegment> Diff(string[] before, string[] after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix
               && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var result = new List<DiffSegment>();
        result.AddRange(before.Take(prefix).Select(token => new DiffSegment(DiffKind.Unchanged, token)));
        var oldMiddle = before[prefix..(before.Length - suffix)];
        var newMiddle = after[prefix..(after.Length - suffix)];
        if ((long)oldMiddle.Length * newMiddle.Length > MaxCells)
        {
            result.AddRange(oldMiddle.Select(token => new DiffSegment(DiffKind.Deleted, token)));
            result.AddRange(newMiddle.Select(token => new DiffSegment(DiffKind.Inserted, token)));
        }
        else
        {
            result.AddRange(LongestCommonSubsequence(oldMiddle, newMiddle));
        }

        result.AddRange(before.Skip(before.Length - suffix).Select(token => new DiffSegment(DiffKind.Unchanged, token)));
        return result;
    }

    private static List<DiffSegment> LongestCommonSubsequence(string[] before, string[] after)
    {
        var lengths = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < before.Length && y < after.Length)
        {
            if (before[x] == after[y])
            {
                segments.Add(new DiffSegment(DiffKind.Unchanged, before[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                segments.Add(new DiffSegment(DiffKind.Deleted, before[x++]));
            }
            else
            {
                segments.Add(new DiffSegment(DiffKind.Inserted, after[y++]));
            }
        }

        segments.AddRange(before.Skip(x).Select(token => new DiffSegment(DiffKind.Deleted, token)));
        segments.AddRange(after.Skip(y).Select(token => new DiffSegment(DiffKind.Inserted, token)));
        return segments;
    }

    /// <summary>
    /// Joins neighbouring tokens of one kind, and a change's deletions before its insertions; a lone space between a
    /// replacement and the next change joins them (on both sides, so each side still reads whole): "a b" → "x y" is
    /// one replacement.
    /// </summary>
    private static List<DiffSegment> Merge(List<DiffSegment> tokens)
    {
        var merged = new List<DiffSegment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        void Flush()
        {
            if (deleted.Length > 0)
            {
                merged.Add(new DiffSegment(DiffKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                merged.Add(new DiffSegment(DiffKind.Inserted, inserted.ToString()));
            }

            deleted.Clear();
            inserted.Clear();
        }

        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (token.Kind == DiffKind.Deleted)
            {
                deleted.Append(token.Text);
            }
            else if (token.Kind == DiffKind.Inserted)
            {
                inserted.Append(token.Text);
            }
            else if (deleted.Length > 0 && inserted.Length > 0 && IsLoneSpace(token.Text) && index + 1 < tokens.Count && tokens[index + 1].Kind != DiffKind.Unchanged)
            {
                deleted.Append(token.Text);
                inserted.Append(token.Text);
            }
            else
            {
                Flush();
                if (merged.Count > 0 && merged[^1].Kind == DiffKind.Unchanged)
                {
                    merged[^1] = merged[^1] with { Text = merged[^1].Text + token.Text };
                }
                else
                {
                    merged.Add(token);
                }
            }
        }

        Flush();
        return merged;
    }

    private static bool IsLoneSpace(string text) => string.IsNullOrWhiteSpace(text) && !text.Contains('\n', StringComparison.Ordinal);

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"[^\n]*\n|[^\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex LineToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
