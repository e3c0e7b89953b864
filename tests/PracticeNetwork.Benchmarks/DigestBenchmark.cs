using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PracticeNetwork.Benchmarks;

/// <summary>
/// The digest at the size of the whole country (<c>--digest</c>): members with follows and a day's news on generated
/// country data, all due at once; the app's own recurring digest job sends them to a private SMTP server, and the same
/// messages, read back from that server, are then sent again by MailKit alone to the same server. Reports the whole
/// run's time, the app's peak memory, and the run as a multiple of the raw send.
/// </summary>
internal static partial class DigestBenchmark
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var reuse = options.ReuseData is not null;
        var dataFolder = options.ReuseData ?? options.DataFolder ?? Directory.CreateTempSubdirectory("pn-digest-").FullName;
        var databasePath = Path.Combine(dataFolder, "practicenetwork.db");
        if (reuse && !File.Exists(databasePath))
        {
            Console.Error.WriteLine($"There is no generated database in {dataFolder} to reuse.");
            return 2;
        }

        if (!reuse && Directory.Exists(dataFolder) && Directory.EnumerateFileSystemEntries(dataFolder).Any())
        {
            Console.Error.WriteLine($"The data folder {dataFolder} is not empty; the benchmark needs a fresh database.");
            return 2;
        }

        Directory.CreateDirectory(dataFolder);
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"Options: digest, members {options.Members}, practices {options.Practices}, seed {options.Seed}, job workers {options.Workers}");
        if (!reuse || await MemberGenerator.CountAsync(databasePath) == 0)
        {
            await using (var migrating = new AppProcess(dataFolder))
            {
                await migrating.StartAsync();
            }

            if (!reuse)
            {
                var country = await CountryGenerator.GenerateAsync(databasePath, options.Practices, options.Seed);
                Console.WriteLine($"Generated {country.Practices} practices in {country.Municipalities} municipalities in {country.Elapsed.TotalSeconds:F1} s");
                SqliteConnection.ClearAllPools();
            }

            var members = await MemberGenerator.GenerateAsync(databasePath, options.Members, options.Seed, DateTimeOffset.UtcNow);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"Generated {members.Members} members ({string.Join(", ", members.ByLanguage.Select(pair => $"{pair.Key} {pair.Value}"))}) "
                + $"with {members.Memberships} memberships, {members.Follows} follows and {members.Notifications} notifications "
                + $"({members.WithoutNews} members with none) in {members.Elapsed.TotalSeconds:F1} s; daily digests due at {members.DueAt:u}");
        }
        else
        {
            var existing = await MemberGenerator.ResetDeliveriesAsync(databasePath);
            SqliteConnection.ClearAllPools();
            if (existing != options.Members)
            {
                Console.Error.WriteLine($"The data in {dataFolder} has {existing} members, not {options.Members}.");
                return 2;
            }

            Console.WriteLine($"Reusing {existing} members generated earlier in {dataFolder}; their digest deliveries were removed, so all are due again");
        }

        var mailFolder = Path.Combine(dataFolder, "smtp");
        if (Directory.Exists(mailFolder))
        {
            Directory.Delete(mailFolder, recursive: true);
        }

        await using var server = await MailServer.StartAsync(mailFolder);
        var run = await RunDigestAsync(dataFolder, databasePath, server.Port, options.Workers);
        var sentFiles = server.Messages();
        var messages = RawMailSend.Load(sentFiles);
        var raw = await RawMailSend.SendAsync(messages, server.Port, options.Workers);
        Console.WriteLine();
        Console.WriteLine(Report(run, sentFiles.Count, raw, options.Workers));
        if (options.DataFolder is null && !reuse)
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        else
        {
            Console.WriteLine($"The generated data stays in {dataFolder}");
        }

        return 0;
    }

    private sealed record DigestRun(int Due, int Members, DateTimeOffset Scheduled, DateTimeOffset Planned, DateTimeOffset FirstClaim, DateTimeOffset LastCompleted,
        IReadOnlyDictionary<string, int> ByState, int Lines, long PeakRssKiB)
    {
        public TimeSpan Elapsed => LastCompleted - Scheduled;
    }

    private static async Task<DigestRun> RunDigestAsync(string dataFolder, string databasePath, int smtpPort, int workers)
    {
        var settings = new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__RequireTls"] = "false",
            ["Notifications__DigestCron"] = "* * * * *",
            ["Jobs__WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
        };
        var planned = new TaskCompletionSource<(DateTimeOffset At, int Due, int Members)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = new AppProcess(dataFolder, settings);
        app.LineReceived += line =>
        {
            if (PlanLine().Match(line) is { Success: true } match)
            {
                planned.TrySetResult((DateTimeOffset.UtcNow, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
        };
        await app.StartAsync();
        Console.WriteLine($"App started at {DateTimeOffset.UtcNow:HH:mm:ss}; waiting for the digest job (every minute)");
        var plan = await planned.Task.WaitAsync(TimeSpan.FromMinutes(3));
        // The recurring job fires on the minute: the run starts there, with the job's own start-up and planning in it.
        var scheduled = new DateTimeOffset(plan.At.Ticks - (plan.At.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        Console.WriteLine($"Digest job planned at {plan.At:HH:mm:ss.fff} (scheduled {scheduled:HH:mm:ss}): {plan.Due} of {plan.Members} members due");

        var progress = Stopwatch.StartNew();
        var connectionString = $"Data Source={databasePath};Mode=ReadOnly";
        var done = 0;
        while (done < plan.Due)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            done = await ScalarAsync(connectionString, "SELECT COUNT(*) FROM DigestDeliveries WHERE State <> 0");
            if (progress.Elapsed > TimeSpan.FromSeconds(30))
            {
                Console.WriteLine($"  {DateTimeOffset.UtcNow:HH:mm:ss}: {done} of {plan.Due} done, app RSS {Status(app.ProcessId, "VmRSS") / 1024} MiB");
                progress.Restart();
            }

            if (DateTimeOffset.UtcNow - scheduled > TimeSpan.FromHours(1))
            {
                throw new TimeoutException($"Only {done} of {plan.Due} digests were done in an hour.");
            }
        }

        var peak = Status(app.ProcessId, "VmHWM");
        await app.StopAsync();
        SqliteConnection.ClearAllPools();
        return await ReadRunAsync(connectionString, plan.Due, plan.Members, scheduled, plan.At, peak);
    }

    private static async Task<DigestRun> ReadRunAsync(string connectionString, int due, int members, DateTimeOffset scheduled, DateTimeOffset planned, long peak)
    {
        var fromBinary = new DateTimeOffsetToBinaryConverter().ConvertFromProvider;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT State, COUNT(*), SUM(Items), MIN(ClaimedAt), MAX(CompletedAt) FROM DigestDeliveries GROUP BY State";
        var byState = new Dictionary<string, int>();
        var (lines, firstClaim, lastCompleted) = (0, DateTimeOffset.MaxValue, DateTimeOffset.MinValue);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            byState[((PracticeNetwork.Modules.Notifications.Domain.DeliveryState)reader.GetInt32(0)).ToString()] = reader.GetInt32(1);
            lines += reader.GetInt32(2);
            var claimed = (DateTimeOffset)fromBinary(reader.GetInt64(3))!;
            firstClaim = claimed < firstClaim ? claimed : firstClaim;
            if (!reader.IsDBNull(4) && (DateTimeOffset)fromBinary(reader.GetInt64(4))! is var completed && completed > lastCompleted)
            {
                lastCompleted = completed;
            }
        }

        return new DigestRun(due, members, scheduled, planned, firstClaim, lastCompleted, byState, lines, peak);
    }

    private static string Report(DigestRun run, int stored, RawSendResult raw, int workers)
    {
        var sent = run.ByState.GetValueOrDefault("Sent");
        var seconds = run.Elapsed.TotalSeconds;
        return string.Join(Environment.NewLine,
            $"Digest run: {run.Due} of {run.Members} members due; " + string.Join(", ", run.ByState.Select(pair => $"{pair.Key} {pair.Value}"))
                + $"; {run.Lines} lines in the sent digests ({(sent == 0 ? 0 : (double)run.Lines / sent):F1} a digest); the SMTP server stored {stored} messages",
            $"  scheduled {run.Scheduled:HH:mm:ss}, planned {(run.Planned - run.Scheduled).TotalSeconds:F1} s later, first claim at +{(run.FirstClaim - run.Scheduled).TotalSeconds:F1} s, "
                + $"last delivery completed at +{seconds:F1} s",
            $"  whole run {seconds:F1} s ({sent / seconds:F0} digests/s); app peak RSS (VmHWM) {run.PeakRssKiB / 1024.0:F0} MiB",
            $"Raw MailKit send of the same {raw.Messages} messages ({raw.Bytes / 1024.0 / 1024.0:F1} MiB, {raw.Bytes / Math.Max(1, raw.Messages) / 1024.0:F1} KiB each), "
                + $"{workers} connection(s) at a time, {RawMailSend.BatchSize} a connection: {raw.Elapsed.TotalSeconds:F1} s ({raw.Messages / raw.Elapsed.TotalSeconds:F0} messages/s)",
            $"Digest run ÷ raw send: {seconds / raw.Elapsed.TotalSeconds:F2} (target at most 1.25); peak RSS {run.PeakRssKiB / 1024.0:F0} MiB (target at most 512)");
    }

    /// <summary>A /proc/PID/status figure in KiB: VmRSS now, VmHWM the peak.</summary>
    private static long Status(int processId, string field) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").First(line => line.StartsWith(field + ":", StringComparison.Ordinal))
            .Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task<int> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Digest run: (\d+) of (\d+) member")]
    private static partial Regex PlanLine();
}
