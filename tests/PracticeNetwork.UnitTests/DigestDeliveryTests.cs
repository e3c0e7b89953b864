using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.UnitTests;

/// <summary>One digest per member and period: claims, leases, retries with backoff, giving up loudly.</summary>
public sealed class DigestDeliveryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);
    private static readonly DigestPeriod Period = new("W2026-03-02", Monday, Monday.AddDays(-7));
    private static readonly DeliveryTimings Timings = DeliveryTimings.Default;

    [Fact]
    public void A_claimed_digest_is_not_open_to_another_server_until_its_lease_runs_out()
    {
        var clock = new FakeTimeProvider(Monday);
        var delivery = DigestDelivery.Claim(Guid.NewGuid(), Period, "app-1", clock.GetUtcNow());

        clock.Advance(Timings.Lease - TimeSpan.FromSeconds(1));
        Assert.False(delivery.IsOpenAt(clock.GetUtcNow(), Timings));
        Assert.Throws<InvalidOperationException>(() => delivery.TakeOver("app-2", clock.GetUtcNow(), Timings));

        // app-1 was killed mid-batch: once the lease is out, app-2 takes the digest over and sends it.
        clock.Advance(TimeSpan.FromSeconds(1));
        delivery.TakeOver("app-2", clock.GetUtcNow(), Timings);
        delivery.Sent(clock.GetUtcNow());

        Assert.Equal((DeliveryState.Sent, "app-2", 2), (delivery.State, delivery.ClaimedBy, delivery.Attempts));
        Assert.False(delivery.IsOpenAt(clock.GetUtcNow().AddDays(30), Timings));
    }

    [Fact]
    public void A_failed_send_is_retried_after_a_growing_wait_and_after_the_last_attempt_it_gives_up_without_vanishing()
    {
        var clock = new FakeTimeProvider(Monday);
        var delivery = DigestDelivery.Claim(Guid.NewGuid(), Period, "app-1", clock.GetUtcNow());
        var waits = new List<TimeSpan>();

        while (true)
        {
            delivery.SendFailed("421 Service not available", clock.GetUtcNow(), Timings);
            if (delivery.State == DeliveryState.GaveUp)
            {
                break;
            }

            var wait = delivery.NextAttemptAt!.Value - clock.GetUtcNow();
            waits.Add(wait);
            clock.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.False(delivery.IsOpenAt(clock.GetUtcNow(), Timings));
            clock.Advance(TimeSpan.FromSeconds(1));
            delivery.TakeOver("app-1", clock.GetUtcNow(), Timings);
        }

        Assert.Equal(DigestDelivery.MaxAttempts, delivery.Attempts);
        Assert.Equal(DigestDelivery.MaxAttempts - 1, waits.Count);
        Assert.Equal(waits.Order(), waits);
        Assert.Equal(TimeSpan.FromMinutes(1), waits[0]);
        Assert.Equal("421 Service not available", delivery.LastError);
        Assert.False(delivery.IsOpenAt(clock.GetUtcNow().AddDays(1), Timings));
    }

    [Fact]
    public void An_empty_digest_is_recorded_as_skipped_and_an_outcome_is_given_once()
    {
        var delivery = DigestDelivery.Claim(Guid.NewGuid(), Period, "app-1", Monday);

        delivery.NothingNew(Monday.AddSeconds(2));

        Assert.Equal(DeliveryState.Skipped, delivery.State);
        Assert.Throws<InvalidOperationException>(() => delivery.Sent(Monday.AddSeconds(3)));
        Assert.Equal((Period.Key, Period.WindowStart), (delivery.PeriodKey, delivery.WindowStart));
    }
}
