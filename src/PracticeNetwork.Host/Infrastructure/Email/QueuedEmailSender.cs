using Hangfire;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Host.Infrastructure.Email;

/// <summary>
/// Hands each message to a Hangfire job, so a slow or unreachable mail server neither delays nor fails the
/// request (nor reveals by timing whether a reset went to a real account), and delivery is retried.
/// </summary>
internal sealed class QueuedEmailSender(IBackgroundJobClient jobs) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        jobs.Enqueue<EmailDeliveryJob>(job => job.DeliverAsync(message, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>Delivers one queued message through the configured transport (SMTP or the pickup folder).</summary>
public sealed class EmailDeliveryJob(IEmailTransport transport)
{
    [AutomaticRetry(Attempts = 10)]
    public Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken) => transport.SendAsync(message, cancellationToken);
}

/// <summary>The transport that actually hands a message over: SMTP, or the pickup folder of the embedded default.</summary>
public interface IEmailTransport : IEmailSender;
