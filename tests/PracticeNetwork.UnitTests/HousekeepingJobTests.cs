using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Host.Jobs;

namespace PracticeNetwork.UnitTests;

public sealed class HousekeepingJobTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("pn-housekeeping-").FullName;

    [Fact]
    public void Removes_temporary_files_older_than_a_day_and_keeps_newer_ones()
    {
        var now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        var job = new HousekeepingJob(new StorageSettings(_dataFolder, Path.Combine(_dataFolder, "files")), clock, NullLogger<HousekeepingJob>.Instance);
        Directory.CreateDirectory(Path.Combine(job.TempFolder, "uploads"));
        var stale = Path.Combine(job.TempFolder, "uploads", "stale.bin");
        var fresh = Path.Combine(job.TempFolder, "fresh.bin");
        File.WriteAllText(stale, "old");
        File.WriteAllText(fresh, "new");
        File.SetLastWriteTimeUtc(stale, now.UtcDateTime.AddHours(-25));
        File.SetLastWriteTimeUtc(fresh, now.UtcDateTime.AddHours(-23));

        var removed = job.Run();

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void Does_nothing_when_there_is_no_temporary_folder()
    {
        var job = new HousekeepingJob(new StorageSettings(_dataFolder, Path.Combine(_dataFolder, "files")), new FakeTimeProvider(), NullLogger<HousekeepingJob>.Instance);
        Assert.Equal(0, job.Run());
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);
}
