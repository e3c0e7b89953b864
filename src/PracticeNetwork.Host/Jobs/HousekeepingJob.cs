namespace PracticeNetwork.Host.Jobs;

/// <summary>
/// Hourly: removes files older than a day from the data folder's <c>tmp</c> directory, where uploads and
/// exports are staged. A recurring job so that a crashed request never leaves files behind for long.
/// </summary>
public sealed class HousekeepingJob(Infrastructure.StorageSettings storage, TimeProvider clock, ILogger<HousekeepingJob> logger)
{
    public const string RecurringJobId = "housekeeping";
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    public string TempFolder => Path.Combine(storage.DataFolder, "tmp");

    public int Run()
    {
        if (!Directory.Exists(TempFolder))
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime - MaxAge;
        var removed = 0;
        foreach (var file in new DirectoryInfo(TempFolder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                file.Delete();
                removed++;
            }
        }

        logger.LogInformation("Housekeeping removed {Count} stale temporary file(s)", removed);
        return removed;
    }
}
