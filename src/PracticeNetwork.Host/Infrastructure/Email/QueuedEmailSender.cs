using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Host.Infrastructure.Email;

/// <summary>
/// Hands each message to a Hangfire job, so a slow or unreachable mail server neither delays nor fails the
/// request (nor reveals by timing whether a reset went to a real account), and delivery is retried. The message
/// is encrypted in the job's arguments: reset and invitation links must not be readable in the job storage or
/// on the jobs dashboard.
/// </summary>
internal sealed class QueuedEmailSender(IBackgroundJobClient jobs, IDataProtectionProvider protection) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var sealedMessage = EmailDeliveryJob.Protector(protection).Protect(JsonSerializer.Serialize(message));
        jobs.Enqueue<EmailDeliveryJob>(job => job.DeliverAsync(sealedMessage, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>Delivers one queued message through the configured transport (SMTP or the pickup folder).</summary>
public sealed class EmailDeliveryJob(IEmailTransport transport, IDataProtectionProvider protection)
{
    internal static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("PracticeNetwork.Email.Queued");

    [AutomaticRetry(Attempts = 10)]
    public Task DeliverAsync(string sealedMessage, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(Protector(protection).Unprotect(sealedMessage))
            ?? throw new InvalidOperationException("A queued message could not be read.");
        return transport.SendAsync(message, cancellationToken);
    }
}

/// <summary>The transport that actually hands a message over: SMTP, or the pickup folder of the embedded default.</summary>
public interface IEmailTransport : IEmailSender;
