using System.Globalization;
using System.Text;

namespace PracticeNetwork.SharedKernel.Text;

/// <summary>Folds text for forgiving matching: lower case, no diacritics ("Kärkölä" and "karkola" match).</summary>
public static class SearchText
{
    /// <summary>One folded string to match a search against all of <paramref name="parts"/>.</summary>
    public static string Key(params string?[] parts) => string.Join(' ', parts.Select(Fold));

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
