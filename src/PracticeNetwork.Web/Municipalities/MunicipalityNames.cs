using System.Globalization;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Municipalities;

/// <summary>Municipality and region names in the reader's language: Swedish readers get Swedish names, others Finnish.</summary>
public static class MunicipalityNames
{
    private static bool IsSwedish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv";

    public static string Of(MunicipalitySummary municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return IsSwedish ? municipality.NameSv : municipality.NameFi;
    }

    /// <summary>The name in the other national language, when it differs (Espoo – Esbo).</summary>
    public static string? OtherOf(MunicipalitySummary municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var other = IsSwedish ? municipality.NameFi : municipality.NameSv;
        return other == Of(municipality) ? null : other;
    }

    public static string Of(RegionSummary region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return IsSwedish ? region.NameSv : region.NameFi;
    }

    /// <summary>Sorts by the displayed name with the reader's collation (å, ä, ö last in Finnish and Swedish).</summary>
    public static IEnumerable<MunicipalitySummary> Sorted(IEnumerable<MunicipalitySummary> municipalities) =>
        municipalities.OrderBy(Of, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true));
}
