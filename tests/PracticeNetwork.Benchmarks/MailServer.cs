using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PracticeNetwork.Benchmarks;

/// <summary>
/// A private SMTP server for the digest benchmark: aiosmtpd (Debian's python3-aiosmtpd) on loopback, storing every
/// message it accepts in a Maildir, as a real mail server stores to disk. It parses and re-writes each message in
/// Python on one core, so it may well be the slowest part of a send; the app and the raw send use the same server in
/// the same run, which is what the comparison needs.
/// </summary>
internal sealed class MailServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process process;

    private MailServer(Process process, int port, string maildir) => (this.process, Port, Maildir) = (process, port, maildir);

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The messages stored so far (in Maildir/new: nothing reads them).</summary>
    public IReadOnlyList<string> Messages() =>
        Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")) : [];

    public static async Task<MailServer> StartAsync(string folder)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is needed for the SMTP server (apt-get install python3-aiosmtpd).");
        }

        var port = FreePort();
        var maildir = Path.Combine(folder, "Maildir");
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.Error.WriteLine($"aiosmtpd: {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with {process.ExitCode} (its error is above; is python3-aiosmtpd installed?).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new MailServer(process, port, maildir);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill();
        throw new TimeoutException("aiosmtpd did not start listening.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
