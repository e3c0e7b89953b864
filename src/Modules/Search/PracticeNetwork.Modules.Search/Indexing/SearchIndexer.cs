using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Hosting;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>
/// Builds this server's index at start from every content type's items, then applies each outbox row's item as it
/// is now (re-read from the database, so an event handled twice or out of order leaves the same index). The app
/// answers requests while the build runs; searches say the index is not ready yet.
/// </summary>
internal sealed class SearchIndexer(
    SearchIndex index, IServiceScopeFactory scopes, SearchOptions options, TimeProvider time, ILogger<SearchIndexer> logger) : BackgroundService
{
    private const int ChangesPerRead = 1000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OutboxPosition> _positions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _applying = new(1, 1);
    private IReadOnlyDictionary<Guid, string> _regions = new Dictionary<Guid, string>();

    /// <summary>How far behind the outboxes the index is: the age of the oldest row it has not applied yet, or zero.</summary>
    public TimeSpan Lag { get; private set; }

    /// <summary>A network admin asked for a rebuild that has not finished yet.</summary>
    public bool Rebuilding => _rebuildRequested;

    private volatile bool _rebuildRequested;

    /// <summary>A list waits this long for a pass in progress (a rebuild) before it reads the database instead.</summary>
    private static readonly TimeSpan CatchUpWait = TimeSpan.FromSeconds(2);

    /// <summary>Asks for this server's index to be built again from the database at the next poll; it answers meanwhile.</summary>
    public void RequestRebuild() => _rebuildRequested = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!index.Ready && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BuildAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Building the search index failed; trying again");
                await Task.Delay(options.Poll * 5, time, stoppingToken);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Poll, time, stoppingToken);
                if (_rebuildRequested)
                {
                    await RebuildAsync(stoppingToken);
                }

                await ApplyChangesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Applying changes to the search index failed; trying again");
            }
        }
    }

    /// <summary>
    /// Empties the index and builds it again while holding off the outbox passes; readers keep the old index until the
    /// new one is complete (nothing is refreshed in between), and lists read the database if they cannot wait.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            index.Clear();
            await BuildAsync(cancellationToken);
            _rebuildRequested = false;
        }
        catch
        {
            // Half built: asked again, and until it succeeds no pass refreshes the readers' view (see CatchUpAsync).
            _rebuildRequested = true;
            throw;
        }
        finally
        {
            _applying.Release();
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        _regions = (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities).ToDictionary(municipality => municipality.Id, municipality => municipality.RegionCode);
        var count = 0;
        foreach (var source in scope.ServiceProvider.GetServices<IContentSearchSource>())
        {
            // Read before the items, so that a change made during the build is applied after it.
            _positions[source.Kind] = new OutboxPosition(await source.LatestSequenceAsync(cancellationToken));
            await foreach (var batch in source.AllAsync(options.BuildBatchSize, cancellationToken))
            {
                foreach (var document in batch)
                {
                    index.Put(document.Id.ToString("N"), IndexDocuments.From(document, _regions.GetValueOrDefault(document.MunicipalityId)));
                }

                count += batch.Count;
            }
        }

        index.MarkBuilt(time.GetUtcNow(), started.Elapsed);
        logger.LogInformation("Search index built: {Count} item(s) in {Milliseconds} ms", count, started.ElapsedMilliseconds);
    }

    /// <summary>
    /// Applies <paramref name="kind"/>'s outbox up to <paramref name="latestSequence"/> (read by the caller after the
    /// changes it must see were committed) unless that is done already: a list then shows every committed change.
    /// </summary>
    /// <returns>False when a pass in progress (a rebuild) did not end in time: the caller reads the database.</returns>
    public async Task<bool> CatchUpAsync(string kind, long latestSequence, CancellationToken cancellationToken)
    {
        if (_rebuildRequested)
        {
            return false;
        }

        if (NewestApplied(kind) >= latestSequence)
        {
            return true;
        }

        if (!await _applying.WaitAsync(CatchUpWait, cancellationToken))
        {
            return false;
        }

        try
        {
            if (NewestApplied(kind) < latestSequence)
            {
                await ApplyAllAsync(cancellationToken);
            }

            return true;
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>The newest outbox row of <paramref name="kind"/> applied to the index.</summary>
    public long NewestApplied(string kind) => _positions.TryGetValue(kind, out var position) ? position.Newest : 0;

    /// <summary>One pass over every outbox; also what tests and the rebuild page call to catch up at once.</summary>
    public async Task<int> ApplyChangesAsync(CancellationToken cancellationToken)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            return await ApplyAllAsync(cancellationToken);
        }
        finally
        {
            _applying.Release();
        }
    }

    private async Task<int> ApplyAllAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        await using var scope = scopes.CreateAsyncScope();
        var lag = TimeSpan.Zero;
        var reached = new Dictionary<string, OutboxPosition>(StringComparer.Ordinal);
        foreach (var source in scope.ServiceProvider.GetServices<IContentSearchSource>())
        {
            var position = _positions.GetValueOrDefault(source.Kind) ?? new OutboxPosition(0);
            var from = position.ReadFrom(options.Lookback);
            while (true)
            {
                var rows = await source.ChangesAfterAsync(from, ChangesPerRead, cancellationToken);
                var fresh = rows.Where(position.IsNew).ToList();
                if (fresh.Count > 0)
                {
                    lag = Max(lag, time.GetUtcNow() - new DateTimeOffset(fresh.Min(row => row.Sequence), TimeSpan.Zero));
                    var ids = fresh.Select(row => row.ItemId).Distinct().ToList();
                    var documents = await source.DocumentsAsync(ids, cancellationToken);
                    foreach (var id in ids)
                    {
                        if (documents.TryGetValue(id, out var document))
                        {
                            index.Put(id.ToString("N"), IndexDocuments.From(document, _regions.GetValueOrDefault(document.MunicipalityId)));
                        }
                        else
                        {
                            index.Remove(id.ToString("N"));
                        }
                    }

                    applied += ids.Count;
                }

                position = position.After(rows, options.Lookback);
                if (rows.Count < ChangesPerRead)
                {
                    break;
                }

                from = rows[^1].Sequence;
            }

            reached[source.Kind] = position;
        }

        if (applied > 0)
        {
            index.MarkChanged(time.GetUtcNow());
        }

        // Only now that readers see the changes: a list that finds its kind's newest row applied must find it searchable.
        foreach (var (kind, position) in reached)
        {
            _positions[kind] = position;
        }

        Lag = lag;
        return applied;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public override void Dispose()
    {
        _applying.Dispose();
        base.Dispose();
    }
}

/// <summary>Where the index is in one outbox: the newest row applied, and the rows applied within the lookback.</summary>
internal sealed record OutboxPosition(long Newest, IReadOnlySet<long> Recent)
{
    public OutboxPosition(long newest)
        : this(newest, new HashSet<long>())
    {
    }

    public long ReadFrom(TimeSpan lookback) => Math.Max(0, Newest - lookback.Ticks);

    public bool IsNew(SearchChange row) => row.Sequence > Newest || !Recent.Contains(row.Sequence);

    public OutboxPosition After(IReadOnlyList<SearchChange> rows, TimeSpan lookback)
    {
        var newest = rows.Count == 0 ? Newest : Math.Max(Newest, rows.Max(row => row.Sequence));
        var recent = new HashSet<long>(Recent.Concat(rows.Select(row => row.Sequence)).Where(sequence => sequence > newest - lookback.Ticks));
        return new OutboxPosition(newest, recent);
    }
}
