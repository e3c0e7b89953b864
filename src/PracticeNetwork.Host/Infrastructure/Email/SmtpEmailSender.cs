using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Host.Infrastructure.Email;

internal sealed class SmtpEmailSender(SmtpSettings settings, ILogger<SmtpEmailSender> logger) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mime = MimeMessages.From(message, settings.From);
        using var client = new SmtpClient();
        var security = settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent mail '{Subject}' through {Host}:{Port}", message.Subject, settings.Host, settings.Port);
    }
}

internal sealed class PickupFolderEmailSender(SmtpSettings settings, string folder, ILogger<PickupFolderEmailSender> logger) : IEmailTransport
{
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
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
