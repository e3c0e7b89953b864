using PracticeNetwork.Modules.Search.Indexing;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests.Search;

/// <summary>
/// Where the index is in an outbox: a row committed late by another server, with an earlier sequence than rows
/// already applied, is still applied; a row applied once is not applied again.
/// </summary>
public sealed class OutboxPositionTests
{
    private static readonly TimeSpan Lookback = TimeSpan.FromSeconds(60);
    private static readonly long Now = new DateTime(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc).Ticks;

    [Fact]
    public void A_late_row_within_the_lookback_is_new_and_an_applied_one_is_not()
    {
        var item = Guid.NewGuid();
        var position = new OutboxPosition(0).After([new SearchChange(item, Now)], Lookback);

        var late = new SearchChange(Guid.NewGuid(), Now - TimeSpan.FromSeconds(5).Ticks);

        Assert.True(position.IsNew(late));
        Assert.False(position.IsNew(new SearchChange(item, Now)));
        Assert.True(position.ReadFrom(Lookback) <= late.Sequence);
        Assert.False(position.After([late], Lookback).IsNew(late));
    }

    [Fact]
    public void Rows_older_than_the_lookback_are_forgotten()
    {
        var old = new SearchChange(Guid.NewGuid(), Now - TimeSpan.FromMinutes(5).Ticks);
        var position = new OutboxPosition(0).After([old], Lookback).After([new SearchChange(Guid.NewGuid(), Now)], Lookback);

        Assert.DoesNotContain(old.Sequence, position.Recent);
        Assert.True(position.ReadFrom(Lookback) > old.Sequence);
    }
}
