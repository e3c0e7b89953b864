namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// How long a claimed digest is held by its server before another may take it over, and how long a failed send waits
/// before each next attempt (the last wait repeats if there are fewer waits than attempts).
/// </summary>
public sealed record DeliveryTimings(TimeSpan Lease, IReadOnlyList<TimeSpan> Backoff)
{
    public static readonly DeliveryTimings Default = new(
        TimeSpan.FromMinutes(10),
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)]);
}
