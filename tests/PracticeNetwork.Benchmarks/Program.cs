using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using PracticeNetwork.Benchmarks;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

// Whole-country browsing benchmark: generates the dataset, runs the real app on Kestrel, and reports each URL against
// a static file of the /kaytannot page's size served by the same Kestrel, all in one run.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchmarkOptions.Parse(args);
var dataFolder = options.DataFolder ?? Directory.CreateTempSubdirectory("pn-bench-").FullName;
if (Directory.Exists(dataFolder) && Directory.EnumerateFileSystemEntries(dataFolder).Any())
{
    Console.Error.WriteLine($"The data folder {dataFolder} is not empty; the benchmark needs a fresh database.");
    return 2;
}

Directory.CreateDirectory(dataFolder);
var databasePath = Path.Combine(dataFolder, "practicenetwork.db");
Console.WriteLine(Machine.Describe());
Console.WriteLine($"Options: practices {options.Practices}, seed {options.Seed}, warm-up {options.WarmUp}, timed requests {options.Requests} per URL");

await using (var migrating = new AppProcess(dataFolder))
{
    var started = Stopwatch.StartNew();
    await migrating.StartAsync();
    Console.WriteLine($"Schema migrated and municipalities seeded by the app in {started.Elapsed.TotalSeconds:F1} s");
}

var country = await CountryGenerator.GenerateAsync(databasePath, options.Practices, options.Seed);
SqliteConnection.ClearAllPools();
var databaseBytes = Directory.EnumerateFiles(dataFolder, "practicenetwork.db*").Sum(file => new FileInfo(file).Length);
Console.WriteLine($"Generated {country.Practices} practices in {country.Municipalities} municipalities in {country.Elapsed.TotalSeconds:F1} s "
    + $"({country.Practices / country.Elapsed.TotalSeconds:F0} items/s); "
    + string.Join(", ", country.ByStatus.Select(pair => $"{pair.Key} {pair.Value}")));
Console.WriteLine($"Database size: {databaseBytes / 1024.0 / 1024.0:F1} MiB");
Console.WriteLine();
Console.WriteLine(await QueryPlans.ExplainThemeListAsync(databasePath, Theme.Education));
SqliteConnection.ClearAllPools();

var region = (await CountryGenerator.ReadMunicipalitiesAsync($"Data Source={databasePath}")).Select(row => row.RegionCode)
    .OrderBy(code => code, StringComparer.Ordinal).First();
var baselineFile = Path.Combine(AppProcess.WebRoot, "benchmark-baseline.html");
var results = new List<UrlResult>();
await using (var app = new AppProcess(dataFolder))
{
    await app.StartAsync();
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AllowAutoRedirect = false })
    {
        BaseAddress = app.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };
    try
    {
        // The baseline: a static HTML file as large as the /kaytannot page, from the same Kestrel and middleware.
        var listBytes = await UrlBenchmark.GetAsync(http, "/kaytannot");
        await File.WriteAllTextAsync(baselineFile, StaticPage(listBytes), Encoding.ASCII);
        (string Name, string Path)[] urls =
        [
            ("static file, size of /kaytannot", "/benchmark-baseline.html"),
            ("browse, page 1", "/kaytannot"),
            ("browse, theme + stage", "/kaytannot?teema=Digitalisation&vaihe=InUse"),
            ($"browse, region {region}", $"/kaytannot?maakunta={region}"),
            ("browse, year 2024", "/kaytannot?vuosi=2024"),
            ("latest in the network", "/kaytannot/uusimmat"),
            ("one practice", $"/kaytannot/{country.SamplePublicPracticeId}"),
            ("API list, theme", "/api/v1/practices?theme=Education&pageSize=20"),
            ("static file again (drift check)", "/benchmark-baseline.html"),
        ];
        foreach (var (name, path) in urls)
        {
            results.Add(await UrlBenchmark.MeasureAsync(http, name, path, options.WarmUp, options.Requests));
        }
    }
    finally
    {
        File.Delete(baselineFile);
    }
}

Console.WriteLine(Report.Table(results));
if (options.DataFolder is null)
{
    Directory.Delete(dataFolder, recursive: true);
}
else
{
    Console.WriteLine($"The generated data stays in {dataFolder}");
}

return 0;

static string StaticPage(long bytes)
{
    const string head = "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Baseline</title></head><body><p>";
    const string tail = "</p></body></html>";
    var padding = (int)Math.Max(0, bytes - head.Length - tail.Length);
    return head + new string('x', padding) + tail;
}

internal static class Report
{
    public static string Table(IReadOnlyList<UrlResult> results)
    {
        var baseline = results[0];
        var table = new StringBuilder();
        table.AppendLine("| URL | what | bytes | median ms | p95 ms | req/s | median × static |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| `{result.Path}` | {result.Name} | {result.Bytes} | {result.MedianMs:F2} | {result.P95Ms:F2} | {result.RequestsPerSecond:F0} | {result.MedianMs / baseline.MedianMs:F1} |");
        }

        return table.ToString();
    }
}

internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : null;
        return $"Machine: {Environment.ProcessorCount} logical CPUs ({cpu ?? "unknown model"}), memory {memory ?? "unknown"}, "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }
}
