using System.Globalization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;

namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// One thing a member follows, as the follows table keys it: the kind and a key in a stable text form (an id in "D"
/// format, a region code, a theme's name), so that the follows matching an item are found by one indexed lookup on
/// (kind, key) pairs, however many members there are.
/// </summary>
public sealed record FollowTarget(FollowKind Kind, string Key)
{
    public static FollowTarget ForItem(Guid itemId) => new(FollowKind.Item, itemId.ToString("D", CultureInfo.InvariantCulture));

    public static FollowTarget ForNetworkKpi(Guid definitionId) => new(FollowKind.NetworkKpi, definitionId.ToString("D", CultureInfo.InvariantCulture));

    public static FollowTarget ForMunicipality(Guid municipalityId) => new(FollowKind.Municipality, municipalityId.ToString("D", CultureInfo.InvariantCulture));

    public static FollowTarget ForRegion(string regionCode) => new(FollowKind.Region, regionCode);

    public static FollowTarget ForTheme(Theme theme) => new(FollowKind.Theme, theme.ToString());

    public static FollowTarget ForSearch(string search) => new(FollowKind.Search, SavedSearch.KeyOf(search));
}

/// <summary>What the dispatcher knows of an item an event is about, read from its module when the event is handled.</summary>
/// <param name="SavedSearches">The keys of the followed saved searches that find the item now.</param>
public sealed record ItemFacts(
    Guid ItemId, Guid MunicipalityId, string? RegionCode, IReadOnlyCollection<Theme> Themes, IReadOnlyCollection<Guid> NetworkKpis,
    IReadOnlyCollection<string>? SavedSearches = null);

public static class FollowMatching
{
    /// <summary>Every target whose followers an event about <paramref name="item"/> concerns, most specific first.</summary>
    public static IReadOnlyList<FollowTarget> TargetsOf(ItemFacts item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var targets = new List<FollowTarget> { FollowTarget.ForItem(item.ItemId) };
        targets.AddRange(item.NetworkKpis.Distinct().Order().Select(FollowTarget.ForNetworkKpi));
        targets.AddRange((item.SavedSearches ?? []).Distinct().Order(StringComparer.Ordinal).Select(key => new FollowTarget(FollowKind.Search, key)));
        targets.Add(FollowTarget.ForMunicipality(item.MunicipalityId));
        if (!string.IsNullOrWhiteSpace(item.RegionCode))
        {
            targets.Add(FollowTarget.ForRegion(item.RegionCode));
        }

        targets.AddRange(item.Themes.Distinct().Order().Select(FollowTarget.ForTheme));
        return targets;
    }

    /// <summary>
    /// Why a member who follows <paramref name="followed"/> hears of <paramref name="item"/>: the most specific of their
    /// follows that matches it, or null when none does (the member is not told).
    /// </summary>
    public static FollowTarget? Reason(ItemFacts item, IEnumerable<FollowTarget> followed)
    {
        ArgumentNullException.ThrowIfNull(followed);
        var mine = followed.ToHashSet();
        return TargetsOf(item).FirstOrDefault(mine.Contains);
    }
}
