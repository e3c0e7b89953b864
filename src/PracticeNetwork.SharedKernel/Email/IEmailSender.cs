namespace PracticeNetwork.SharedKernel.Email;

/// <summary>Sends one message. The app's sender queues it and delivers it in the background with retries.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text message with an optional HTML alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
