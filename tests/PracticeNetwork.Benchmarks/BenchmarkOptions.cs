using System.Globalization;

namespace PracticeNetwork.Benchmarks;

/// <summary>
/// Command line: --practices N, --projects N, --processes N, --seed N, --requests N, --warmup N, --wrk-seconds N (0: no wrk run),
/// --data FOLDER (kept afterwards), --reuse-data FOLDER (measure data generated earlier with --data, without generating);
/// --digest (the digest benchmark instead of the browsing one) with --members N and --workers N (the app's job workers).
/// </summary>
internal sealed record BenchmarkOptions(int Practices, int Projects, int Processes, int Seed, int Requests, int WarmUp, int WrkSeconds, string? DataFolder, string? ReuseData = null)
{
    public bool Digest { get; init; }

    public int Members { get; init; } = 30_000;

    /// <summary>The app's default: as many job workers as cores, at least two.</summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(Practices: 60_000, Projects: 6_000, Processes: 900, Seed: 309, Requests: 200, WarmUp: 20, WrkSeconds: 10, DataFolder: null);
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--digest")
            {
                options = options with { Digest = true };
                continue;
            }

            var value = index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.");
            options = args[index] switch
            {
                "--practices" => options with { Practices = Number(value) },
                "--projects" => options with { Projects = Number(value) },
                "--processes" => options with { Processes = Number(value) },
                "--wrk-seconds" => options with { WrkSeconds = Number(value) },
                "--seed" => options with { Seed = Number(value) },
                "--requests" => options with { Requests = Number(value) },
                "--warmup" => options with { WarmUp = Number(value) },
                "--data" => options with { DataFolder = Path.GetFullPath(value) },
                "--reuse-data" => options with { ReuseData = Path.GetFullPath(value) },
                "--members" => options with { Members = Number(value) },
                "--workers" => options with { Workers = Number(value) },
                _ => throw new ArgumentException($"Unknown option {args[index]}. Options: --practices, --projects, --processes, --seed, --requests, --warmup, --wrk-seconds, --data, --reuse-data, --digest, --members, --workers."),
            };
            index++;
        }

        return options;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
