using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Host.Infrastructure.Email;

internal sealed class SmtpEmailSender(SmtpSettings settings, ILogger<SmtpEmailSender> logger) : IEmailTransport, IBulkEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        await session.SendAsync(message, cancellationToken);
    }

    public async Task<IEmailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient();
        try
        {
            var security = settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            return new Session(client, settings, logger);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>One SMTP connection for many messages (the digest batch).</summary>
    private sealed class Session(SmtpClient client, SmtpSettings settings, ILogger logger) : IEmailSession
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            using var mime = MimeMessages.From(message, settings.From);
            await client.SendAsync(mime, cancellationToken);
            logger.LogInformation("Sent mail '{Subject}' through {Host}:{Port}", message.Subject, settings.Host, settings.Port);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
            {
                // The messages are sent (or their failures recorded) by now; a failed QUIT changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}

internal sealed class PickupFolderEmailSender(SmtpSettings settings, string folder, ILogger<PickupFolderEmailSender> logger)
    : IEmailTransport, IBulkEmailTransport, IEmailSession
{
    public Task<IEmailSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IEmailSession>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        using var mime = MimeMessages.From(message, settings.From);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, cancellationToken);
        logger.LogInformation("No SMTP server configured: mail '{Subject}' written to {Path}", message.Subject, path);
    }
}

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        foreach (var (name, value) in message.Headers ?? new Dictionary<string, string>())
        {
            mime.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
