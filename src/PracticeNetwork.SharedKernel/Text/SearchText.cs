using System.Globalization;
using System.Text;

namespace PracticeNetwork.SharedKernel.Text;

/// <summary>
/// Forgiving matching: a search typed without diacritics ignores them ("karkola" finds Kärkölä), while one
/// typed with them respects them ("Kärk" finds Kärkölä but not Karkkila). Case never matters.
/// </summary>
public static class SearchText
{
    /// <summary>One string to match a <see cref="Term"/> against: the parts in lower case, then folded.</summary>
    public static string Key(params string?[] parts) =>
        string.Join(' ', parts.Select(Lower)) + " | " + string.Join(' ', parts.Select(Fold));

    /// <summary>What the reader typed, ready to look up in a <see cref="Key"/> with an ordinal Contains.</summary>
    public static string Term(string? text) => Lower(text);

    private static string Lower(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : text.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
