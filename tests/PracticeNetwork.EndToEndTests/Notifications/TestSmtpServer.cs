using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace PracticeNetwork.EndToEndTests.Notifications;

/// <summary>
/// A private aiosmtpd on loopback writing a Maildir (<c>holding_mailbox.py</c>), that a test stops and starts again on
/// the same port and folder. <see cref="HoldAfter"/> closes its gate after that many messages (see the script).
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pn-faults-smtp-").FullName;
    private Process? _process;

    public TestSmtpServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    private string Maildir => Path.Combine(_folder, "Maildir");

    private string HeldFile => Path.Combine(_folder, "held.txt");

    private string ReleaseFile => Path.Combine(_folder, "release");

    public async Task StartAsync(int? holdAfter = null, TimeSpan? delayPerRecipient = null)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "holding_mailbox.HoldingMailbox", Maildir })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Notifications");
        start.Environment["PN_HOLD_AFTER"] = (holdAfter ?? -1).ToString(CultureInfo.InvariantCulture);
        start.Environment["PN_DELAY_MS"] = ((int)(delayPerRecipient ?? TimeSpan.Zero).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        start.Environment["PN_HELD_FILE"] = HeldFile;
        start.Environment["PN_RELEASE_FILE"] = ReleaseFile;
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on {Port}.");
    }

    /// <summary>The server goes away at once, as a crashed or unreachable one does: open connections drop.</summary>
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

    /// <summary>The recipients waiting at the closed gate, in the order they came.</summary>
    public IReadOnlyList<string> Held => File.Exists(HeldFile) ? File.ReadAllLines(HeldFile) : [];

    public void Release() => File.WriteAllText(ReleaseFile, string.Empty);

    /// <summary>How many messages each recipient has in the Maildir.</summary>
    public IReadOnlyDictionary<string, int> MessagesPerRecipient()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return new Dictionary<string, int>();
        }

        return Directory.EnumerateFiles(folder)
            .SelectMany(file => MimeMessage.Load(file).To.Mailboxes.Select(to => to.Address.ToLowerInvariant()))
            .GroupBy(address => address)
            .ToDictionary(group => group.Key, group => group.Count());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
