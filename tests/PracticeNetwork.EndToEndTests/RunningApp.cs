using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The real app as a separate process on Kestrel (loopback, a free port), on the embedded default with a
/// fresh data folder: exactly what `./build.sh run` starts.
/// </summary>
public class RunningApp : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("pn-e2e-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public MailDrop Mail => TestMail.DropFor(_dataFolder);

    /// <summary>The app's data folder: the demo password and the demo integration's secret are there.</summary>
    public string DataFolder => _dataFolder;

    /// <summary>The directory the process starts in: the build output, as an operator would run it.</summary>
    protected virtual string WorkingDirectory => AppContext.BaseDirectory;

    public string DemoPassword => File.ReadAllText(Path.Combine(_dataFolder, "demo-password.txt")).Trim();

    public string IntegrationSecret => File.ReadAllText(Path.Combine(_dataFolder, "demo-integration-secret.txt")).Trim();

    public async ValueTask InitializeAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        await StartAsync();
    }

    /// <summary>Stops the process and starts it again on the same address and data folder.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PracticeNetwork.Host.dll"));
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = _dataFolder;
        start.Environment["Jobs__WorkerCount"] = "1";
        start.Environment["App__PublicBaseUrl"] = BaseAddress.ToString();
        start.Environment["Demo__Enabled"] = "true";
        if (TestMail.SmtpServer is var (smtpHost, smtpPort))
        {
            start.Environment["Smtp__Host"] = smtpHost;
            start.Environment["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["Smtp__RequireTls"] = "false"; // the test SMTP server on loopback speaks no TLS
        }
        // Production settings, but on plain-http loopback: the OpenID Connect server must allow it explicitly.
        start.Environment["Oidc__AllowHttp"] = "true";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => { lock (_output) { _output.AppendLine(line.Data); } };
        _process.ErrorDataReceived += (_, line) => { lock (_output) { _output.AppendLine(line.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
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

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await StopAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
