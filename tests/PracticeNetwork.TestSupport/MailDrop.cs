using MimeKit;

namespace PracticeNetwork.TestSupport;

/// <summary>Reads the messages a test's host sent: parsed with MimeKit, found by recipient.</summary>
public sealed class MailDrop(string folder)
{
    public async Task<MimeMessage> WaitForMessageToAsync(string recipient, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var messages = MessagesTo(recipient);
            if (messages.Count > 0)
            {
                return messages[^1];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {recipient} arrived in {folder}.");
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string recipient)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Select(file => (File: file, Written: File.GetLastWriteTimeUtc(file)))
            .OrderBy(entry => entry.Written)
            .Select(entry => MimeMessage.Load(entry.File))
            .Where(message => message.To.Mailboxes.Any(to => string.Equals(to.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The first link in the message's text that starts with <paramref name="prefix"/>, as a local path and query.</summary>
    public static string LinkIn(MimeMessage message, string prefix)
    {
        var text = message.TextBody ?? string.Empty;
        var start = text.IndexOf("http", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOfAny([' ', '\n', '\r'], start);
            var link = new Uri(end < 0 ? text[start..] : text[start..end]);
            if (link.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return link.PathAndQuery;
            }

            start = text.IndexOf("http", start + 1, StringComparison.Ordinal);
        }

        throw new InvalidOperationException($"No link to {prefix} in: {text}");
    }
}
