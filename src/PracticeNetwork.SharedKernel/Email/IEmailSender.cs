namespace PracticeNetwork.SharedKernel.Email;

/// <summary>Sends one message; throws when it could not be handed over.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text message with an optional HTML alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
