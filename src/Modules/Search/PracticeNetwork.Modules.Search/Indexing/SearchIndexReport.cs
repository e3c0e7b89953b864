using Lucene.Net.Index;
using Lucene.Net.Search;
using Mediator;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>
/// This server's index as a network admin sees it (how big, how old, how far behind each outbox), and the rebuild they
/// ask for. Only the network admins' page sends these.
/// </summary>
internal sealed class SearchIndexReport(SearchIndex index, SearchIndexer indexer, IEnumerable<IContentSearchSource> sources, TimeProvider time)
    : IQueryHandler<GetSearchIndexStatus, SearchIndexStatus>, ICommandHandler<RebuildSearchIndex>
{
    public ValueTask<Unit> Handle(RebuildSearchIndex command, CancellationToken cancellationToken)
    {
        indexer.RequestRebuild();
        return ValueTask.FromResult(Unit.Value);
    }

    public async ValueTask<SearchIndexStatus> Handle(GetSearchIndexStatus query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var kinds = new List<SearchIndexKindStatus>();
        foreach (var source in sources)
        {
            var latest = await source.LatestSequenceAsync(cancellationToken);
            var applied = indexer.NewestApplied(source.Kind);
            var items = index.Read(searcher => searcher.Search(new TermQuery(new Term(IndexFields.Kind, source.Kind)), 1).TotalHits);
            kinds.Add(new SearchIndexKindStatus(source.Kind, items, AtOf(latest), AtOf(applied),
                applied >= latest ? TimeSpan.Zero : Max(TimeSpan.Zero, now - (AtOf(applied) ?? now))));
        }

        return new SearchIndexStatus(
            $"{Environment.MachineName} ({Environment.ProcessId})", index.Ready, indexer.Rebuilding, index.DocumentCount, index.SizeInBytes,
            index.BuiltAt, index.BuiltAt is { } built ? now - built : null, index.BuildTime, index.LastChangeAt, kinds);
    }

    /// <summary>An outbox sequence is the UTC ticks of its row (<see cref="SharedKernel.Persistence.OutboxMessage.Sequence"/>).</summary>
    private static DateTimeOffset? AtOf(long sequence) => sequence > 0 ? new DateTimeOffset(sequence, TimeSpan.Zero) : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
