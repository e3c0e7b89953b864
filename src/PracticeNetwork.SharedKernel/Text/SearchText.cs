using System.Globalization;
using System.Text;

namespace PracticeNetwork.SharedKernel.Text;

/// <summary>Folds text for forgiving matching: lower case, no diacritics ("Kärkölä" and "karkola" match).</summary>
public static class SearchText
{
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
