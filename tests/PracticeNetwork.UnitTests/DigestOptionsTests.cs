using Microsoft.Extensions.Configuration;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.UnitTests;

/// <summary>The digest settings: production values unless set, the set ones used by the claim and the retry.</summary>
public sealed class DigestOptionsTests
{
    private static readonly DigestPeriod Period = new("D2026-03-02", new DateTimeOffset(2026, 3, 2, 5, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 5, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Without_settings_a_batch_is_100_members_a_claim_is_held_10_minutes_and_the_first_retry_waits_a_minute()
    {
        var options = DigestOptions.From(Configuration());

        Assert.Equal(100, options.BatchSize);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Timings.Lease);
        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)],
            options.Timings.Backoff);
    }

    [Fact]
    public void Set_lease_and_waits_decide_when_a_claim_or_a_failed_send_is_open_again()
    {
        var options = DigestOptions.From(Configuration(
            ("Notifications:DigestBatchSize", "4"), ("Notifications:ClaimLeaseSeconds", "20"), ("Notifications:RetryBackoffSeconds", "10, 30")));
        var now = Period.DueAt;
        var delivery = DigestDelivery.Claim(Guid.NewGuid(), Period, "app-1", now);

        Assert.Equal(4, options.BatchSize);
        Assert.False(delivery.IsOpenAt(now.AddSeconds(19), options.Timings));
        Assert.True(delivery.IsOpenAt(now.AddSeconds(20), options.Timings));
        delivery.SendFailed("421", now.AddSeconds(1), options.Timings);
        Assert.Equal(now.AddSeconds(11), delivery.NextAttemptAt);
        delivery.TakeOver("app-2", now.AddSeconds(11), options.Timings);
        delivery.SendFailed("421", now.AddSeconds(12), options.Timings);
        Assert.Equal(now.AddSeconds(42), delivery.NextAttemptAt);
        delivery.TakeOver("app-2", now.AddSeconds(42), options.Timings);
        delivery.SendFailed("421", now.AddSeconds(43), options.Timings);
        Assert.Equal(now.AddSeconds(73), delivery.NextAttemptAt); // the last wait repeats
    }

    [Theory]
    [InlineData("Notifications:DigestBatchSize", "0")]
    [InlineData("Notifications:ClaimLeaseSeconds", "-1")]
    [InlineData("Notifications:RetryBackoffSeconds", "60,0")]
    public void A_setting_that_is_not_positive_stops_the_app_at_start(string key, string value) =>
        Assert.Throws<InvalidOperationException>(() => DigestOptions.From(Configuration((key, value))));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value))).Build();
}
