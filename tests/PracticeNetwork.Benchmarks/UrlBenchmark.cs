using System.Diagnostics;
using System.Net;

namespace PracticeNetwork.Benchmarks;

internal sealed record UrlResult(string Name, string Path, long Bytes, double MedianMs, double P95Ms, double RequestsPerSecond);

/// <summary>Sequential GETs on one keep-alive connection: a warm-up, then a fixed number of timed requests, bodies read in full.</summary>
internal static class UrlBenchmark
{
    public static async Task<UrlResult> MeasureAsync(HttpClient http, string name, string path, int warmUp, int requests)
    {
        var bytes = 0L;
        for (var index = 0; index < warmUp; index++)
        {
            bytes = await GetAsync(http, path);
        }

        var latencies = new double[requests];
        var total = Stopwatch.StartNew();
        for (var index = 0; index < requests; index++)
        {
            var one = Stopwatch.GetTimestamp();
            await GetAsync(http, path);
            latencies[index] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
        }

        total.Stop();
        Array.Sort(latencies);
        return new UrlResult(name, path, bytes, Percentile(latencies, 0.50), Percentile(latencies, 0.95), requests / total.Elapsed.TotalSeconds);
    }

    public static async Task<long> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return body.LongLength;
    }

    /// <summary>The id of the first item an API list answers (for a run on data generated earlier).</summary>
    public static async Task<Guid> FirstIdAsync(HttpClient http, string path)
    {
        using var list = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        return list.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>The first process an API list answers and its first KPI (for a run on data generated earlier).</summary>
    public static async Task<(Guid Process, Guid Kpi)> FirstKpiAsync(HttpClient http, string path)
    {
        var process = await FirstIdAsync(http, path);
        using var item = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/v1/processes/{process}", UriKind.Relative)));
        return (process, item.RootElement.GetProperty("kpis")[0].GetProperty("id").GetGuid());
    }

    public static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
