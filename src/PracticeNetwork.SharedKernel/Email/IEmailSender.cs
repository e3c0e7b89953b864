namespace PracticeNetwork.SharedKernel.Email;

/// <summary>Sends one message. The app's sender queues it and delivers it in the background with retries.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text message with an optional HTML alternative and extra headers (List-Unsubscribe).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}

/// <summary>
/// Hands messages straight to the mail server over one connection, for a sender that must know the outcome of each
/// send before it records it (the digest: claimed, then sent or failed). Not queued, not retried: the caller does that.
/// </summary>
public interface IBulkEmailTransport
{
    Task<IEmailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Absolute links for emails (from <c>App:PublicBaseUrl</c>), also outside a request.</summary>
public interface IMailLinks
{
    string Absolute(string pathAndQuery);
}
