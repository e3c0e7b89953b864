using Lucene.Net.Index;
using Lucene.Net.Search;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// The network-wide lists from this server's index: the same rights filter as the search, then the list's own order.
/// Before answering it applies whatever the list's outbox holds beyond the index (one indexed lookup of the newest
/// row), so a change committed before the request, on any server, is in the page and its count.
/// </summary>
internal sealed class IndexBrowse(SearchIndex index, SearchIndexer indexer, IEnumerable<IContentSearchSource> sources) : IContentBrowseIndex
{
    /// <summary>Deeper pages read the database: a reader narrows long before, and a crawler's deep page stays cheap for the index.</summary>
    public const int MaxDepth = SearchEngine.MaxDepth;

    private static readonly HashSet<string> IdOnly = [IndexFields.Id];

    private static readonly SortField ById = new(IndexFields.Id, SortFieldType.STRING);

    private static readonly SortField NewestPublished = new(IndexFields.Published, SortFieldType.INT64, reverse: true);

    public async Task<ContentIdPage?> PageAsync(ContentBrowse browse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(browse);
        var source = sources.FirstOrDefault(candidate => candidate.Kind == browse.Kind);
        if (!index.Ready || source is null || browse.Page * browse.PageSize > MaxDepth)
        {
            return null;
        }

        if (browse.MunicipalityIds is { Count: 0 })
        {
            return new ContentIdPage([], 0);
        }

        if (!await indexer.CatchUpAsync(browse.Kind, await source.LatestSequenceAsync(cancellationToken), cancellationToken))
        {
            return null;
        }

        var filter = Filter(browse);
        return index.Read(searcher =>
        {
            var top = searcher.Search(new MatchAllDocsQuery(), filter, browse.Page * browse.PageSize, Order(browse.Sort));
            var ids = top.ScoreDocs.Skip((browse.Page - 1) * browse.PageSize)
                .Select(hit => Guid.ParseExact(searcher.IndexReader.Document(hit.Doc, IdOnly).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture), "N"))
                .ToList();
            return new ContentIdPage(ids, top.TotalHits);
        });
    }

    private static QueryWrapperFilter Filter(ContentBrowse browse)
    {
        var all = SearchQueries.Conditions(browse.Reader, new SearchFilters(
            [browse.Kind],
            [],
            [],
            browse.Theme is { } theme ? [theme] : [],
            browse.Stage is { } stage ? [stage] : [],
            browse.Year is { } year ? [year] : [],
            [],
            browse.HasKpis,
            browse.IncludeArchived));
        if (browse.MunicipalityIds is { } municipalities)
        {
            all.Add(SearchQueries.AnyOf(IndexFields.Involved, municipalities.Select(id => id.ToString("N"))), Occur.MUST);
        }

        if (browse.JointOnly)
        {
            all.Add(new TermQuery(new Term(IndexFields.Joint, "true")), Occur.MUST);
        }

        if (browse.RunningIn is { } running and >= 1 and <= 9998)
        {
            var first = new DateOnly(running, 1, 1).DayNumber;
            var last = new DateOnly(running, 12, 31).DayNumber;
            all.Add(NumericRangeQuery.NewInt32Range(IndexFields.RunsFrom, null, last, minInclusive: true, maxInclusive: true), Occur.MUST);
            all.Add(NumericRangeQuery.NewInt32Range(IndexFields.RunsUntil, first, null, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }

    private static Sort Order(ContentBrowseSort sort) => sort switch
    {
        ContentBrowseSort.Updated => new Sort(new SortField(IndexFields.Updated, SortFieldType.INT64, reverse: true), ById),
        ContentBrowseSort.Title => new Sort(new SortField(IndexFields.TitleOrder, SortFieldType.STRING), ById),
        ContentBrowseSort.Started => new Sort(new SortField(IndexFields.Started, SortFieldType.INT64, reverse: true), NewestPublished, ById),
        _ => new Sort(NewestPublished, ById),
    };
}
