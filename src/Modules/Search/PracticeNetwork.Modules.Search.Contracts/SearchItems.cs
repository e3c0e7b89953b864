using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Search.Contracts;

/// <summary>
/// One search across practices, projects and processes, answered from the search index for the current reader:
/// every hit, count, facet number, snippet and suggestion is of an item the reader may open.
/// </summary>
/// <param name="Text">What the reader typed; empty lists everything the filters leave, newest first.</param>
public sealed record SearchItems(string? Text, SearchFilters Filters, SearchSort Sort, int Page, int PageSize) : IQuery<SearchResults>;

/// <summary>The facets' selections: within one facet any selected value, across facets all of them.</summary>
public sealed record SearchFilters(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<Guid> Municipalities,
    IReadOnlyList<string> Regions,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Stages,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> EvidenceLevels,
    bool? HasKpis,
    bool IncludeArchived)
{
    public static readonly SearchFilters None = new([], [], [], [], [], [], [], HasKpis: null, IncludeArchived: false);

    public bool IsEmpty => Kinds.Count == 0 && Municipalities.Count == 0 && Regions.Count == 0 && Themes.Count == 0
        && Stages.Count == 0 && Years.Count == 0 && EvidenceLevels.Count == 0 && HasKpis is null && !IncludeArchived;
}

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <param name="Suggestion">"Did you mean": the text with a misspelt word replaced, only when it finds something the reader may open.</param>
/// <param name="Ready">False while the index is still being built at start: the answer may be incomplete.</param>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<SearchFacet> Facets,
    string? Suggestion,
    bool Ready)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <param name="Snippet">The best passage of the item's text, HTML-encoded, with each match in <c>&lt;mark&gt;</c>.</param>
public sealed record SearchHit(
    Guid Id,
    string Kind,
    Guid MunicipalityId,
    string Title,
    string Snippet,
    string Path,
    DateTimeOffset? PublishedAt,
    bool Archived,
    IReadOnlyList<Theme> Themes,
    string? Stage);

/// <summary>A facet and the count of each of its values in the result set (values with no hits are left out).</summary>
public sealed record SearchFacet(string Name, IReadOnlyList<SearchFacetValue> Values);

public sealed record SearchFacetValue(string Value, int Count);

/// <summary>The facet names of <see cref="SearchFacet.Name"/>.</summary>
public static class SearchFacetNames
{
    public const string Kind = "kind";
    public const string Municipality = "municipality";
    public const string Region = "region";
    public const string Theme = "theme";
    public const string Stage = "stage";
    public const string Year = "year";
    public const string EvidenceLevel = "evidenceLevel";
    public const string HasKpis = "hasKpis";

    public static readonly IReadOnlyList<string> All = [Kind, Municipality, Region, Theme, Stage, Year, EvidenceLevel, HasKpis];
}

/// <summary>The kinds of <see cref="SearchHit.Kind"/>: the content types' nouns.</summary>
public static class SearchKinds
{
    public const string Practice = "practice";
    public const string Project = "project";
    public const string Process = "process";

    public static readonly IReadOnlyList<string> All = [Practice, Project, Process];
}
