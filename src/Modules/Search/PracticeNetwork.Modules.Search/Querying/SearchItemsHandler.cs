using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>The search, for the reader of the request (never one named by its parameters).</summary>
internal sealed class SearchItemsHandler(SearchEngine engine, IReaderContext reader) : IQueryHandler<SearchItems, SearchResults>
{
    public ValueTask<SearchResults> Handle(SearchItems query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(engine.Search(reader.Current, query));
}
