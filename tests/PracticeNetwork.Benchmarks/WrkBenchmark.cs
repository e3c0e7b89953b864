using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PracticeNetwork.Benchmarks;

internal sealed record WrkResult(string Name, string Path, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>
/// The same URLs under concurrent load with wrk (Debian's <c>wrk</c> package): 2 threads, 16 keep-alive connections,
/// a fixed duration per URL, and a 30 s timeout, so that a slow page is measured rather than counted as an error.
/// Skipped, and said so, when wrk is not installed.
/// </summary>
internal static partial class WrkBenchmark
{
    public const int Connections = 16;

    public static bool IsInstalled => Environment.GetEnvironmentVariable("PATH")?.Split(':')
        .Any(folder => File.Exists(Path.Combine(folder, "wrk"))) ?? false;

    public static async Task<WrkResult> MeasureAsync(Uri baseAddress, string name, string path, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", $"-c{Connections}", $"-d{seconds}s", "--timeout", "30s", "--latency", new Uri(baseAddress, path).ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk {path} failed: {output}{await wrk.StandardError.ReadToEndAsync()}");
        }

        // Answers other than 2xx and 3xx, and socket errors, would make the numbers meaningless: counted and reported.
        var errors = NonSuccess().Match(output) is { Success: true } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        errors += SocketErrors().Matches(output).Sum(match => long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkResult(name, path, double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(output, "50%"), Latency(output, "99%"), errors);
    }

    /// <summary>A latency line of <c>--latency</c>'s distribution, e.g. "50%    1.23ms", in milliseconds.</summary>
    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
