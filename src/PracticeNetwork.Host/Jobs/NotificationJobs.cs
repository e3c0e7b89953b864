using Hangfire;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Dispatch;

namespace PracticeNetwork.Host.Jobs;

/// <summary>
/// Every minute: the outbox dispatcher turns new content events into notifications. One run at a time across all
/// servers (a distributed lock in the job storage); an overlapping run waits, and idempotent handling makes a
/// repeated event harmless anyway.
/// </summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, ILogger<OutboxDispatchJob> logger)
{
    public const string RecurringJobId = "notifications-dispatch";

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await dispatcher.RunAsync(cancellationToken);
        if (report.Events > 0 || report.Failed > 0)
        {
            logger.LogInformation("Dispatched {Events} event(s) into {Notifications} notification(s); {Failed} failed",
                report.Events, report.Notifications, report.Failed);
        }
    }
}

/// <summary>
/// Every five minutes: finds the members whose digest is due and enqueues one job per batch, which any server's
/// workers take; each batch claims its members' periods before sending, so parallel servers never send twice.
/// </summary>
public sealed class DigestJob(DigestSender digests, IBackgroundJobClient jobs)
{
    public const string RecurringJobId = "notifications-digest";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> PlanAsync(CancellationToken cancellationToken)
    {
        var batches = await digests.PlanAsync(cancellationToken);
        foreach (var batch in batches)
        {
            jobs.Enqueue<DigestJob>(job => job.SendBatchAsync(batch, CancellationToken.None));
        }

        return batches.Count;
    }

    /// <summary>A batch that fails as a whole (the database away) is retried; the claims keep a retry from sending twice.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task SendBatchAsync(Guid[] people, CancellationToken cancellationToken) =>
        await digests.SendBatchAsync(people, cancellationToken);
}
