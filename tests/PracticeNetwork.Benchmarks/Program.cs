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
if (options.Digest)
{
    return await DigestBenchmark.RunAsync(options);
}

var reuse = options.ReuseData is not null;
var dataFolder = options.ReuseData ?? options.DataFolder ?? Directory.CreateTempSubdirectory("pn-bench-").FullName;
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
Console.WriteLine($"Options: practices {options.Practices}, projects {options.Projects}, processes {options.Processes}, seed {options.Seed}, warm-up {options.WarmUp}, "
    + $"timed requests {options.Requests} per URL, wrk {options.WrkSeconds} s per URL");

Guid? samplePractice = null;
Guid? sampleProject = null;
(Guid Process, Guid Kpi)? sampleProcess = null;
if (reuse)
{
    Console.WriteLine($"Reusing the data generated earlier in {dataFolder} (the app applies any newer migrations at start)");
}
else
{
    await using (var migrating = new AppProcess(dataFolder))
    {
        var started = Stopwatch.StartNew();
        await migrating.StartAsync();
        Console.WriteLine($"Schema migrated and municipalities seeded by the app in {started.Elapsed.TotalSeconds:F1} s");
    }

    var country = await CountryGenerator.GenerateAsync(databasePath, options.Practices, options.Seed);
    SqliteConnection.ClearAllPools();
    var projects = await ProjectGenerator.GenerateAsync(databasePath, options.Projects, options.Seed);
    SqliteConnection.ClearAllPools();
    var processes = await ProcessGenerator.GenerateAsync(databasePath, options.Processes, options.Seed);
    SqliteConnection.ClearAllPools();
    (samplePractice, sampleProject) = (country.SamplePublicPracticeId, projects.SamplePublicProjectId);
    sampleProcess = (processes.SampleProcessId, processes.SampleKpiId);
    Console.WriteLine($"Generated {country.Practices} practices in {country.Municipalities} municipalities in {country.Elapsed.TotalSeconds:F1} s "
        + $"({country.Practices / country.Elapsed.TotalSeconds:F0} items/s); "
        + string.Join(", ", country.ByStatus.Select(pair => $"{pair.Key} {pair.Value}")));
    Console.WriteLine($"Generated {projects.Projects} projects ({projects.Joint} with a participant taking part, {projects.Updates} status updates) "
        + $"in {projects.Elapsed.TotalSeconds:F1} s ({projects.Projects / projects.Elapsed.TotalSeconds:F0} items/s); "
        + string.Join(", ", projects.ByStatus.Select(pair => $"{pair.Key} {pair.Value}")) + "; "
        + string.Join(", ", projects.ByPublication.Select(pair => $"{pair.Key} {pair.Value}")));
    Console.WriteLine($"Generated {processes.Processes} processes with {processes.Kpis} KPIs ({processes.NetworkKpis} linked to network KPIs, "
        + $"{processes.Measurements} values) in {processes.Elapsed.TotalSeconds:F1} s ({processes.Processes / processes.Elapsed.TotalSeconds:F0} items/s); "
        + string.Join(", ", processes.ByPublication.Select(pair => $"{pair.Key} {pair.Value}")));
}

var databaseBytes = Directory.EnumerateFiles(dataFolder, "practicenetwork.db*").Sum(file => new FileInfo(file).Length);
Console.WriteLine($"Database size: {databaseBytes / 1024.0 / 1024.0:F1} MiB");
Console.WriteLine();
Console.WriteLine(await QueryPlans.ExplainThemeListAsync(databasePath, Theme.Education));
SqliteConnection.ClearAllPools();

var region = (await CountryGenerator.ReadMunicipalitiesAsync($"Data Source={databasePath}")).Select(row => row.RegionCode)
    .OrderBy(code => code, StringComparer.Ordinal).First();
var baselineFiles = new List<string>();
var results = new List<UrlResult>();
var loaded = new List<WrkResult>();
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
        // Each group of pages is measured after a static HTML file as large as its list page, from the same Kestrel and middleware.
        List<(string Name, string Path)> urls = [];
        async Task<bool> AddPagesAsync(string listPath, string baselineName, Func<Task<IEnumerable<(string Name, string Path)>>> pages)
        {
            if (await UrlBenchmark.StatusAsync(http, listPath) != System.Net.HttpStatusCode.OK)
            {
                Console.WriteLine($"{listPath} is not in this build: its pages are not measured.");
                return false;
            }

            var file = Path.Combine(AppProcess.WebRoot, baselineName);
            baselineFiles.Add(file);
            await File.WriteAllTextAsync(file, StaticPage(await UrlBenchmark.GetAsync(http, listPath)), Encoding.ASCII);
            urls.Add(($"static file, size of {listPath}", "/" + baselineName));
            urls.AddRange(await pages());
            return true;
        }

        await AddPagesAsync("/kaytannot", "benchmark-baseline.html", async () =>
        [
            ("browse, page 1", "/kaytannot"),
            ("browse, theme + stage", "/kaytannot?teema=Digitalisation&vaihe=InUse"),
            ($"browse, region {region}", $"/kaytannot?maakunta={region}"),
            ("browse, year 2024", "/kaytannot?vuosi=2024"),
            ("latest in the network", "/kaytannot/uusimmat"),
            ("one practice", $"/kaytannot/{samplePractice ?? await UrlBenchmark.FirstIdAsync(http, "/api/v1/practices?pageSize=1")}"),
            ("API list, theme", "/api/v1/practices?theme=Education&pageSize=20"),
        ]);
        await AddPagesAsync("/hankkeet", "benchmark-baseline-projects.html", async () =>
        [
            ("projects, page 1", "/hankkeet"),
            ("projects, ongoing + theme + joint", "/hankkeet?tila=Ongoing&teema=Digitalisation&yhteiset=true"),
            ("one joint project", $"/hankkeet/{sampleProject ?? await UrlBenchmark.FirstIdAsync(http, "/api/v1/projects?joint=true&pageSize=1")}"),
            ("API projects, theme", "/api/v1/projects?theme=Education&pageSize=20"),
        ]);

        const string salesInvoices = "sales-invoice-processing-days";
        var (process, kpi) = sampleProcess ?? await UrlBenchmark.FirstKpiAsync(http, $"/api/v1/processes?networkKpi={salesInvoices}&pageSize=1");
        await AddPagesAsync("/prosessit", "benchmark-baseline-processes.html", () => Task.FromResult<IEnumerable<(string, string)>>(
        [
            ("processes, page 1", "/prosessit"),
            ("processes, theme + measured", "/prosessit?teema=FinanceAndAdministration&mitatut=true"),
            ("processes, network KPI", $"/prosessit?mittari={salesInvoices}"),
            ("one process (diagram, charts)", $"/prosessit/{process}"),
            ("KPI values page", $"/prosessit/{process}/mittarit/{kpi}/arvot"),
            ("network KPI comparison", $"/mittarit/{salesInvoices}"),
            ("API processes, network KPI", $"/api/v1/processes?networkKpi={salesInvoices}&pageSize=20"),
            ("API one process", $"/api/v1/processes/{process}"),
            ("API KPI values", $"/api/v1/processes/{process}/kpis/{kpi}/measurements"),
            ("API network KPI comparison", $"/api/v1/processes/network-kpis/{salesInvoices}/comparison"),
        ]));
        urls.Add(("static file again (drift check)", "/benchmark-baseline.html"));
        foreach (var (name, path) in urls)
        {
            results.Add(await UrlBenchmark.MeasureAsync(http, name, path, options.WarmUp, options.Requests));
        }

        if (options.WrkSeconds > 0 && WrkBenchmark.IsInstalled)
        {
            foreach (var (name, path) in urls)
            {
                loaded.Add(await WrkBenchmark.MeasureAsync(app.BaseAddress, name, path, options.WrkSeconds));
            }
        }
        else if (options.WrkSeconds > 0)
        {
            Console.WriteLine("wrk is not installed (apt-get install wrk): no measurement under concurrent load.");
        }
    }
    finally
    {
        baselineFiles.ForEach(File.Delete);
    }
}

Console.WriteLine(Report.Table(results));
if (loaded.Count > 0)
{
    Console.WriteLine(Report.WrkTable(loaded));
}

if (options.DataFolder is null && !reuse)
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
    /// <summary>Each URL against the static file measured last before it (the baseline of its own list's size).</summary>
    public static string Table(IReadOnlyList<UrlResult> results)
    {
        var baseline = results[0];
        var table = new StringBuilder();
        table.AppendLine("| URL | what | bytes | median ms | p95 ms | req/s | median × static |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            baseline = IsBaseline(result.Path) ? result : baseline;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| `{result.Path}` | {result.Name} | {result.Bytes} | {result.MedianMs:F2} | {result.P95Ms:F2} | {result.RequestsPerSecond:F0} | {result.MedianMs / baseline.MedianMs:F1} |");
        }

        return table.ToString();
    }

    /// <summary>Throughput under load: how many requests the static file of the same size served for each of this URL's.</summary>
    public static string WrkTable(IReadOnlyList<WrkResult> results)
    {
        var baseline = results[0];
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"wrk, 2 threads, {WrkBenchmark.Connections} connections:");
        table.AppendLine();
        table.AppendLine("| URL | what | req/s | p50 ms | p99 ms | errors | static req/s ÷ req/s |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            baseline = IsBaseline(result.Path) ? result : baseline;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| `{result.Path}` | {result.Name} | {result.RequestsPerSecond:F0} | {result.P50Ms:F2} | {result.P99Ms:F2} | {result.Errors} | {baseline.RequestsPerSecond / result.RequestsPerSecond:F1} |");
        }

        return table.ToString();
    }

    private static bool IsBaseline(string path) => path.StartsWith("/benchmark-baseline", StringComparison.Ordinal);
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
