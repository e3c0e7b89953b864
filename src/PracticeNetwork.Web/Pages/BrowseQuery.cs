using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PracticeNetwork.Web.Pages;

/// <summary>A filter in force on a list, with the address of the same list without it.</summary>
public sealed record ActiveFilter(string Label, string Value, string RemoveUrl);

/// <summary>
/// The query of a filtered list page: the filters in force, in the order they were added, so that the pager and every
/// "remove this filter" link keep the others.
/// </summary>
public sealed class BrowseQuery(string path, string pageKey)
{
    private readonly List<KeyValuePair<string, string?>> _pairs = [];
    private readonly List<(string Key, string Label, string Value)> _described = [];

    public bool IsFiltered => _described.Count > 0;

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/> (nothing when null); a label makes it an active filter.</summary>
    public BrowseQuery Add(string key, string? value, string? label = null, string? shownValue = null)
    {
        if (value is null)
        {
            return this;
        }

        _pairs.Add(new(key, value));
        if (label is not null)
        {
            _described.Add((key, label, shownValue ?? value));
        }

        return this;
    }

    public string UrlFor(int page) => UrlFor(page, without: null);

    public string UrlFor(int page, string? without)
    {
        var query = _pairs.Where(pair => pair.Key != without).ToList();
        if (page > 1)
        {
            query.Add(new(pageKey, page.ToString(CultureInfo.InvariantCulture)));
        }

        return path + QueryString.Create(query);
    }

    public IReadOnlyList<ActiveFilter> ActiveFilters() =>
        [.. _described.Select(filter => new ActiveFilter(filter.Label, filter.Value, UrlFor(1, filter.Key)))];
}
