namespace PracticeNetwork.Modules.Search.Indexing;

/// <param name="Poll">How often the outboxes are read for changes (<c>Search:PollMilliseconds</c>, 1000).</param>
/// <param name="Lookback">
/// How far back each read starts before the newest row seen (<c>Search:LookbackSeconds</c>, 60): another server's
/// transaction may commit a row with an earlier sequence after a later one was read; rows already applied are skipped.
/// </param>
/// <param name="BuildBatchSize">Items read per query while building (<c>Search:BuildBatchSize</c>, 500).</param>
internal sealed record SearchOptions(TimeSpan Poll, TimeSpan Lookback, int BuildBatchSize)
{
    public static SearchOptions From(IConfiguration configuration) => new(
        TimeSpan.FromMilliseconds(configuration.GetValue("Search:PollMilliseconds", 1000)),
        TimeSpan.FromSeconds(configuration.GetValue("Search:LookbackSeconds", 60)),
        configuration.GetValue("Search:BuildBatchSize", 500));
}
