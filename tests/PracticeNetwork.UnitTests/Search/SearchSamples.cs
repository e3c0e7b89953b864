using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;
using PracticeNetwork.Modules.Search.Querying;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests.Search;

/// <summary>A real index in a temporary folder, filled with <see cref="SearchDocument"/>s, and the engine over it.</summary>
internal sealed class TestSearchIndex : IDisposable
{
    private readonly SearchIndex _index = new();

    public TestSearchIndex(params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            Put(document);
        }

        _index.MarkBuilt(DateTimeOffset.UtcNow, TimeSpan.Zero);
        Engine = new SearchEngine(_index);
    }

    public SearchEngine Engine { get; }

    public void Put(SearchDocument document, string? region = "01") => _index.Put(document.Id.ToString("N"), IndexDocuments.From(document, region));

    public void Refresh() => _index.Refresh();

    public SearchResults Search(Reader reader, string? text, SearchFilters? filters = null, SearchSort sort = SearchSort.Relevance, int pageSize = 100) =>
        Engine.Search(reader, new SearchItems(text, filters ?? SearchFilters.None, sort, 1, pageSize));

    public IReadOnlyList<string> Titles(Reader reader, string? text, SearchFilters? filters = null) =>
        [.. Search(reader, text, filters).Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal)];

    public void Dispose() => _index.Dispose();
}

internal static class SearchSamples
{
    public static readonly Guid Espoo = Guid.Parse("00000000-0000-0000-0000-000000000049");
    public static readonly Guid Karkola = Guid.Parse("00000000-0000-0000-0000-000000000316");
    public static readonly Guid Loppi = Guid.Parse("00000000-0000-0000-0000-000000000433");
    public static readonly Guid Vaasa = Guid.Parse("00000000-0000-0000-0000-000000000905");

    public static Reader Anonymous => Reader.Anonymous;

    public static Reader MemberOf(Guid municipality) => new(Guid.NewGuid(), municipality, IsAuthor: false, IsReviewer: false);

    public static SearchDocument Item(
        string title,
        string body,
        string language = "fi",
        Guid? municipality = null,
        Audience audience = Audience.Public,
        string kind = SearchKinds.Practice,
        Theme[]? themes = null,
        Guid[]? alsoOpenedBy = null,
        PublicationStatus status = PublicationStatus.Published,
        int year = 2024,
        SearchFacets? facets = null)
    {
        var id = Guid.NewGuid();
        var published = new DateTimeOffset(year, 3, 1, 9, 0, 0, TimeSpan.Zero);
        return new SearchDocument(
            id, kind, municipality ?? Espoo, title, language, [("title", title), ("summary", body)], themes ?? [Theme.FinanceAndAdministration],
            audience, status, alsoOpenedBy ?? [], published, published, $"/kaytannot/{id}", facets ?? new SearchFacets("InUse", "Measured", HasKpis: false));
    }
}
