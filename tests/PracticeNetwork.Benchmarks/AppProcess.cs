using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PracticeNetwork.Benchmarks;

/// <summary>
/// The built Host as its own Kestrel process on loopback, from this program's output folder (as the end-to-end tests
/// start it): production settings, the embedded SQLite default in <paramref name="dataFolder"/>, no demo data.
/// <paramref name="settings"/> are set after those (environment variable names, "Smtp__Host").
/// </summary>
internal sealed class AppProcess(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}");

    /// <summary>The folder the app serves static files from (its content root is the working directory).</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PracticeNetwork.Host.dll"));
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Database__MigrateAtStartup"] = "true";
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Jobs__WorkerCount"] = "1";
        start.Environment["App__PublicBaseUrl"] = BaseAddress.ToString();
        start.Environment["Oidc__AllowHttp"] = "true";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become ready:\n{Output}");
    }

    /// <summary>Each line the app writes, as it arrives.</summary>
    public event Action<string>? LineReceived;

    /// <summary>The app's process (the dotnet host runs the app in it).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The app is not running.");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line is not null)
        {
            LineReceived?.Invoke(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
