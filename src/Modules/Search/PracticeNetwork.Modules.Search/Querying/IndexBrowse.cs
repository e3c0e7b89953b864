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

        await indexer.CatchUpAsync(browse.Kind, await source.LatestSequenceAsync(cancellationToken), cancellationToken);
        var filter = SearchQueries.Filter(browse.Reader, FiltersOf(browse));
        return index.Read(searcher =>
        {
            var top = searcher.Search(new MatchAllDocsQuery(), filter, browse.Page * browse.PageSize, Order(browse.Sort));
            var ids = top.ScoreDocs.Skip((browse.Page - 1) * browse.PageSize)
                .Select(hit => Guid.ParseExact(searcher.IndexReader.Document(hit.Doc, IdOnly).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture), "N"))
                .ToList();
            return new ContentIdPage(ids, top.TotalHits);
        });
    }

    private static SearchFilters FiltersOf(ContentBrowse browse) => new(
        [browse.Kind],
        browse.MunicipalityIds ?? [],
        [],
        browse.Theme is { } theme ? [theme] : [],
        browse.Stage is { } stage ? [stage] : [],
        browse.Year is { } year ? [year] : [],
        [],
        browse.HasKpis,
        browse.IncludeArchived);

    private static Sort Order(ContentBrowseSort sort) => sort switch
    {
        ContentBrowseSort.Updated => new Sort(new SortField(IndexFields.Updated, SortFieldType.INT64, reverse: true), ById),
        ContentBrowseSort.Title => new Sort(new SortField(IndexFields.TitleOrder, SortFieldType.STRING), ById),
        _ => new Sort(new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true), ById),
    };
}
