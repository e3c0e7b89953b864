using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>Related items for the reader of the request.</summary>
internal sealed class FindRelatedItemsHandler(SearchEngine engine, IReaderContext reader) : IQueryHandler<FindRelatedItems, IReadOnlyList<SearchHit>?>
{
    public ValueTask<IReadOnlyList<SearchHit>?> Handle(FindRelatedItems query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ValueTask.FromResult(engine.Related(reader.Current, query.ItemId, query.Max));
    }
}
