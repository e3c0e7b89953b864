using Mediator;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>Saved searches against the items of an outbox batch, after the index has applied every outbox row written so far.</summary>
internal sealed class FindSavedSearchMatchesHandler(SearchEngine engine, SearchIndexer indexer, IEnumerable<IContentSearchSource> sources, ISender sender)
    : IQueryHandler<FindSavedSearchMatches, IReadOnlyDictionary<Guid, IReadOnlyList<string>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> Handle(FindSavedSearchMatches query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ItemIds.Count == 0 || query.Searches.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<string>>();
        }

        foreach (var source in sources)
        {
            await indexer.CatchUpAsync(source.Kind, await source.LatestSequenceAsync(cancellationToken), cancellationToken);
        }

        var lookup = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var searches = query.Searches.Distinct(StringComparer.Ordinal).Select(search => (search, SavedSearchText.Read(search, lookup))).ToList();
        return engine.Matches(searches, query.ItemIds);
    }
}

internal sealed class DescribeSearchHandler(SearchDescription description, ISender sender) : IQueryHandler<DescribeSearch, string>
{
    public async ValueTask<string> Handle(DescribeSearch query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var lookup = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        return description.Of(SavedSearchText.Read(query.Search, lookup), lookup);
    }
}
