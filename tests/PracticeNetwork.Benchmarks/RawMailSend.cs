using System.Collections.Concurrent;
using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PracticeNetwork.Benchmarks;

internal sealed record RawSendResult(int Messages, long Bytes, TimeSpan Elapsed);

/// <summary>
/// The digest's baseline: the same messages, rendered beforehand, sent with MailKit alone, as the app sends them: in
/// batches of <see cref="BatchSize"/> over one connection each, as many batches at a time as the app has job workers.
/// </summary>
internal static class RawMailSend
{
    public const int BatchSize = 100;

    /// <summary>Reads back messages the server stored, without the trace headers it added on receipt.</summary>
    public static IReadOnlyList<MimeMessage> Load(IEnumerable<string> files)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            var message = MimeMessage.Load(file);
            foreach (var header in new[] { "X-Peer", "X-MailFrom", "X-RcptTo" })
            {
                message.Headers.RemoveAll(header);
            }

            messages.Add(message);
        }

        return messages;
    }

    public static async Task<RawSendResult> SendAsync(IReadOnlyList<MimeMessage> messages, int port, int connections)
    {
        var batches = new ConcurrentQueue<MimeMessage[]>(messages.Chunk(BatchSize));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (batches.TryDequeue(out var batch))
            {
                using var client = new SmtpClient();
                await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
                foreach (var message in batch)
                {
                    await client.SendAsync(message);
                }

                await client.DisconnectAsync(quit: true);
            }
        })));
        stopwatch.Stop();
        var bytes = messages.Sum(message =>
        {
            using var counter = new MimeKit.IO.MeasuringStream();
            message.WriteTo(counter);
            return counter.Length;
        });
        return new RawSendResult(messages.Count, bytes, stopwatch.Elapsed);
    }
}
