using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PracticeNetwork.Web.Pages;

/// <summary>Dates, file sizes, languages and addresses of content items as the reader expects them.</summary>
public static class ReaderFormat
{
    /// <summary>Finnish time, whatever zone the server runs in: every reader of the network reads Helsinki's clock.</summary>
    public static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The moment as a Helsinki wall-clock time (daylight saving included).</summary>
    public static DateTimeOffset InHelsinki(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Helsinki);

    /// <summary>The date in Helsinki, in the reader's locale (2.12.2026 in Finnish, 2026-12-02 in Swedish).</summary>
    public static string Date(DateTimeOffset value) => InHelsinki(value).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The date and time in Helsinki, in the reader's locale.</summary>
    public static string DateTime(DateTimeOffset value) => InHelsinki(value).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a time element's datetime attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>"1,2 Mt" in Finnish, "1.2 MB" in English: units from the resources, numbers in the reader's culture.</summary>
    public static string FileSize(long bytes, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        const double Kilo = 1024;
        return bytes switch
        {
            < 1024 => localizer["Details.Size.Bytes", bytes.ToString("N0", CultureInfo.CurrentCulture)],
            < 1024 * 1024 => localizer["Details.Size.Kilobytes", (bytes / Kilo).ToString("0.#", CultureInfo.CurrentCulture)],
            _ => localizer["Details.Size.Megabytes", (bytes / Kilo / Kilo).ToString("0.#", CultureInfo.CurrentCulture)],
        };
    }

    /// <summary>
    /// An amount of money in the reader's culture: "12 000 €" in Finnish, "€12,000" in English, cents only when there
    /// are any; another currency than the euro by its ISO 4217 code after the number ("1 500 SEK").
    /// </summary>
    public static string Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var whole = decimal.Truncate(amount) == amount;
        if (!string.Equals(currency.Trim(), "EUR", StringComparison.OrdinalIgnoreCase))
        {
            return amount.ToString(whole ? "N0" : "N2", CultureInfo.CurrentCulture) + "\u00a0" + currency.Trim().ToUpperInvariant();
        }

        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return amount.ToString(whole ? "C0" : "C2", format);
    }

    /// <summary>The file type as people know it: the extension in capitals (PDF, DOCX).</summary>
    public static string FileType(string fileName) =>
        Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant() is { Length: > 0 } extension ? extension : "–";

    /// <summary>The practice's language when it differs from the page's, for a <c>lang</c> attribute; otherwise null (no attribute).</summary>
    public static string? ContentLanguage(string language) =>
        string.Equals(language, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase) ? null : language;

    /// <summary>Only http and https addresses become links; anything else is shown as text.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string TelephoneHref(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return "tel:" + new string([.. phone.Where(character => char.IsAsciiDigit(character) || character == '+')]);
    }
}
