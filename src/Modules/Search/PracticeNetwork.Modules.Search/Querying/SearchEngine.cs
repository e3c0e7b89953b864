using Lucene.Net.Search;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// Answers a search from this server's index: the reader's rights are a filter of the query itself, so the hits,
/// the total, every facet count, the snippets and the suggestion all come from what the reader may open.
/// </summary>
internal sealed class SearchEngine(SearchIndex index)
{
    /// <summary>The deepest result a page may reach; a reader narrows with facets long before.</summary>
    public const int MaxDepth = 10_000;

    private static readonly Sort Newest = new(new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true));

    public SearchResults Search(Reader reader, SearchItems request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = SearchQueries.Text(request.Text);
        var filter = SearchQueries.Filter(reader, request.Filters);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, MaxDepth / pageSize);
        return index.Read(searcher =>
        {
            var query = text ?? new MatchAllDocsQuery();
            var facets = new FacetCounter(IndexFields.FacetFields);
            searcher.Search(query, filter, facets);
            var sort = request.Sort == SearchSort.Newest || text is null ? Newest : Sort.RELEVANCE;
            var top = searcher.Search(query, filter, page * pageSize, sort);
            var hits = top.ScoreDocs.Skip((page - 1) * pageSize)
                .Select(hit => Hit(searcher.Doc(hit.Doc), text))
                .ToList();
            var suggestion = top.TotalHits == 0 && text is not null ? Suggestions.For(searcher, request.Text!, filter) : null;
            return new SearchResults(top.TotalHits, page, pageSize, hits, Facets(facets), suggestion, index.Ready);
        });
    }

    /// <summary>Up to <paramref name="max"/> items of other municipalities most like the item, best first; null when the reader may not open it.</summary>
    public IReadOnlyList<SearchHit>? Related(Reader reader, Guid itemId, int max) => index.Read<IReadOnlyList<SearchHit>?>(searcher =>
    {
        if (RelatedItemsQuery.Source(searcher, reader, itemId) is not { } source)
        {
            return null;
        }

        if (RelatedItemsQuery.Like(searcher, source) is not { } like)
        {
            return [];
        }

        var top = searcher.Search(like, RelatedItemsQuery.OthersFor(reader, source), Math.Clamp(max, 1, 20));
        return [.. top.ScoreDocs.Select(hit => Hit(searcher.Doc(hit.Doc), text: null))];
    });

    /// <summary>For each of <paramref name="itemIds"/> found by any of <paramref name="searches"/>, the keys of those that find it.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> Matches(IReadOnlyList<(string Key, SearchItems Request)> searches, IReadOnlyCollection<Guid> itemIds) =>
        index.Read(searcher =>
        {
            var matches = new Dictionary<Guid, List<string>>();
            var items = SearchQueries.AnyOf(IndexFields.Id, itemIds.Select(id => id.ToString("N")));
            foreach (var (key, request) in searches)
            {
                var conditions = SearchQueries.Choices(request.Filters);
                conditions.Add(items, Occur.MUST);
                var query = SearchQueries.Text(request.Text) ?? new MatchAllDocsQuery();
                foreach (var hit in searcher.Search(query, new QueryWrapperFilter(conditions), itemIds.Count).ScoreDocs)
                {
                    var id = Guid.ParseExact(Stored(searcher.Doc(hit.Doc), IndexFields.Id), "N");
                    (matches.TryGetValue(id, out var keys) ? keys : matches[id] = []).Add(key);
                }
            }

            return (IReadOnlyDictionary<Guid, IReadOnlyList<string>>)matches.ToDictionary(match => match.Key, match => (IReadOnlyList<string>)match.Value);
        });

    private static SearchHit Hit(Lucene.Net.Documents.Document document, Query? text)
    {
        var language = Stored(document, IndexFields.Language);
        var themes = Stored(document, IndexFields.Themes).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(theme => Enum.TryParse<Theme>(theme, out var parsed) ? parsed : (Theme?)null).OfType<Theme>().ToList();
        return new SearchHit(
            Guid.ParseExact(Stored(document, IndexFields.Id), "N"),
            Stored(document, IndexFields.Kind),
            Guid.ParseExact(Stored(document, IndexFields.Municipality), "N"),
            Stored(document, IndexFields.Title),
            Snippets.Of(text, language, Stored(document, IndexFields.Body) ?? string.Empty),
            Stored(document, IndexFields.Path),
            new DateTimeOffset(document.GetField(IndexFields.Published).GetInt64Value() ?? 0, TimeSpan.Zero),
            Stored(document, IndexFields.Status) == "archived",
            themes,
            Stored(document, IndexFields.Stage));
    }

    private static string Stored(Lucene.Net.Documents.Document document, string field) =>
        document.Get(field, System.Globalization.CultureInfo.InvariantCulture);

    private static List<SearchFacet> Facets(FacetCounter counter) =>
    [
        .. counter.Counts().Select(facet => new SearchFacet(facet.Key, [
            .. facet.Value.OrderByDescending(value => value.Value).ThenBy(value => value.Key, StringComparer.Ordinal)
                .Select(value => new SearchFacetValue(value.Key, value.Value)),
        ])),
    ];
}
