using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// A search as the search page's query string: its words and facets under the page's parameter names, each facet's
/// values in a fixed order, so that the same search, however it was clicked together, is written the same way.
/// </summary>
internal static class SavedSearchText
{
    private static readonly SearchParameterNames Names = SearchParameterNames.Pages;

    /// <summary>The words (or <paramref name="text"/> in their place) and the facets, without the sort and the page.</summary>
    public static List<KeyValuePair<string, string?>> Parameters(SearchItems request, string? text, MunicipalityLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lookup);
        var filters = request.Filters;
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, IEnumerable<string> values) =>
            query.AddRange(values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(value => new KeyValuePair<string, string?>(key, value)));
        if (text is not null)
        {
            query.Add(new(Names.Text, text));
        }

        Add(Names.Kind, filters.Kinds);
        Add(Names.Municipality, filters.Municipalities.Select(id => lookup.ById(id)!.Code));
        Add(Names.Region, filters.Regions);
        Add(Names.Theme, filters.Themes.Select(theme => theme.ToString()));
        Add(Names.Stage, filters.Stages);
        Add(Names.Year, filters.Years.Select(year => year.ToString(CultureInfo.InvariantCulture)));
        Add(Names.EvidenceLevel, filters.EvidenceLevels);
        if (filters.HasKpis is { } hasKpis)
        {
            query.Add(new(Names.HasKpis, hasKpis ? "true" : "false"));
        }

        if (filters.IncludeArchived)
        {
            query.Add(new(Names.IncludeArchived, "true"));
        }

        return query;
    }

    /// <summary>The saved form of <paramref name="request"/>: a query string without its "?"; empty when it has neither words nor facets.</summary>
    public static string Write(SearchItems request, MunicipalityLookup lookup) =>
        QueryString.Create(Parameters(request, request.Text, lookup)).Value?.TrimStart('?') ?? string.Empty;

    /// <summary>A saved search read back; a parameter that no longer reads (a municipality merged away) is left out.</summary>
    public static SearchItems Read(string search, MunicipalityLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = QueryHelpers.ParseQuery(search.StartsWith('?') ? search : "?" + search);
        IReadOnlyList<string> All(string name) => query.TryGetValue(name, out var values) ? [.. values.OfType<string>()] : [];
        string? One(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        var raw = new RawSearchParameters(One(Names.Text), All(Names.Kind), All(Names.Municipality), All(Names.Region), All(Names.Theme),
            All(Names.Stage), All(Names.Year), All(Names.EvidenceLevel), One(Names.HasKpis), One(Names.IncludeArchived),
            Sort: null, Page: null, PageSize: null);
        return SearchParameters.Read(raw, Names, lookup, clampPage: true).Request;
    }
}
