using System.Globalization;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>
/// A measured value as people write it and as readers see it. Reading takes a Finnish decimal comma ("12,5") and a
/// dot ("12.5") alike, spaces (also no-break and thin ones) as thousands separators, and a minus or hyphen as the
/// sign; a text with both a comma and a dot is refused, as "1.234,5" and "1,234.5" mean different numbers.
/// Writing uses the reader's culture ("12,5 pv", "1 200 €"), with at most <see cref="MaxDecimals"/> decimals.
/// </summary>
public static class KpiValueText
{
    /// <summary>The decimals a measured value may have.</summary>
    public const int MaxDecimals = 4;

    /// <summary>The largest magnitude a measured value may have.</summary>
    public const decimal MaxMagnitude = 999_999_999_999m;

    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Reads <paramref name="text"/> as a number; says nothing yet about its decimals or size (see <see cref="Fits"/>).</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = string.Concat(text.Where(character => !IsGroupSpace(character)))
            .Replace('\u2212', '-')
            .Replace('\u2013', '-');
        if (compact.Contains(',', StringComparison.Ordinal) && compact.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        return decimal.TryParse(compact.Replace(',', '.'), Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether <paramref name="value"/> has at most <see cref="MaxDecimals"/> decimals and fits under <see cref="MaxMagnitude"/>.</summary>
    public static bool Fits(decimal value) => Math.Abs(value) <= MaxMagnitude && Decimals(value) <= MaxDecimals;

    /// <summary>The number as the reader writes it, without trailing zeros: "12,5", "1 200".</summary>
    public static string Format(decimal value, CultureInfo culture) => value.ToString("#,0.####", culture);

    /// <summary>The number with its unit: "12,5 pv", "85 %" ("85%" in English).</summary>
    public static string WithUnit(decimal value, string unit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var number = Format(value, culture);
        if (string.IsNullOrWhiteSpace(unit))
        {
            return number;
        }

        var separator = unit == "%" && culture.TwoLetterISOLanguageName == "en" ? string.Empty : " ";
        return number + separator + unit.Trim();
    }

    /// <summary>A change with its sign: "+1,5 pv", "−1,5 pv", "0 pv".</summary>
    public static string SignedWithUnit(decimal change, string unit, CultureInfo culture) =>
        (change > 0 ? "+" : string.Empty) + WithUnit(change, unit, culture);

    /// <summary>The decimals that count: 12.50 has one.</summary>
    private static int Decimals(decimal value) => (decimal.GetBits(value / 1.0000000000000000000000000000m)[3] >> 16) & 0xFF;

    private static bool IsGroupSpace(char character) => character is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'';
}
