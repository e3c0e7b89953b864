using System.Globalization;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>
/// The digest run's settings: <c>Notifications:DigestBatchSize</c> (members per background job),
/// <c>Notifications:ClaimLeaseSeconds</c> and <c>Notifications:RetryBackoffSeconds</c> (comma-separated waits).
/// The defaults are the production values; the fault tests shorten them.
/// </summary>
public sealed record DigestOptions(int BatchSize, DeliveryTimings Timings)
{
    public static readonly DigestOptions Default = new(100, DeliveryTimings.Default);

    public static DigestOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var batchSize = configuration.GetValue("Notifications:DigestBatchSize", Default.BatchSize);
        var lease = configuration.GetValue("Notifications:ClaimLeaseSeconds", Default.Timings.Lease.TotalSeconds);
        var backoff = configuration["Notifications:RetryBackoffSeconds"] is { Length: > 0 } text
            ? [.. text.Split(',', StringSplitOptions.TrimEntries).Select(seconds => TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)))]
            : Default.Timings.Backoff;
        if (batchSize < 1 || lease <= 0 || backoff.Count == 0 || backoff.Any(wait => wait <= TimeSpan.Zero))
        {
            throw new InvalidOperationException(
                "Notifications:DigestBatchSize, Notifications:ClaimLeaseSeconds and Notifications:RetryBackoffSeconds must be positive.");
        }

        return new DigestOptions(batchSize, new DeliveryTimings(TimeSpan.FromSeconds(lease), backoff));
    }
}
