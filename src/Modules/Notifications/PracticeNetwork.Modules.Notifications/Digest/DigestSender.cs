using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>
/// The digest run: <see cref="PlanAsync"/> finds the members due now and splits them into batches (the recurring job
/// enqueues one background job per batch, so every app server takes a share); <see cref="SendBatchAsync"/> claims,
/// composes and sends each member's digest over one SMTP connection. Exactly once per member and period: the claim
/// (a unique row per member and period key) is saved before anything is composed, and the outcome right after the send.
/// </summary>
public sealed class DigestSender(
    NotificationsDbContext db, DigestPlanner planner, DigestComposer composer, DigestMail mail, UnsubscribeTokens tokens,
    IBulkEmailTransport transport, IMailLinks urls, ISender sender, TimeProvider clock, ILogger<DigestSender> logger,
    DigestOptions options)
{
    /// <summary>Names this server in claims (the admin page shows who sent what).</summary>
    public static string ServerName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<IReadOnlyList<Guid[]>> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = (await sender.Send(new ListMembershipsOfPeople(), cancellationToken)).Select(membership => membership.PersonId).Distinct().ToList();
        var states = await planner.StatesAsync(members, now, cancellationToken);
        var due = members.Where(person => planner.Due(states[person], now) is not null).ToList();
        logger.LogInformation("Digest run: {Due} of {Members} member(s) due, in {Batches} batch(es)", due.Count, members.Count, (due.Count + options.BatchSize - 1) / options.BatchSize);
        return [.. due.Chunk(options.BatchSize)];
    }

    /// <summary>
    /// Claims the batch's due periods in one save, then reads the claimed members' news and settings for the whole
    /// batch (visibility re-checked now, after the claims), then composes, sends and records each digest in turn.
    /// </summary>
    public async Task<DigestBatchReport> SendBatchAsync(IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var report = new DigestBatchReport();
        var memberships = await sender.Send(new ListMembershipsOfPeople(people), cancellationToken);
        var accounts = (await sender.Send(new GetAccounts(people), cancellationToken)).ToDictionary(account => account.PersonId);
        var states = await planner.StatesAsync(people, clock.GetUtcNow(), cancellationToken);
        var claimed = await ClaimAllAsync(people, states, cancellationToken);
        report.NotClaimed += people.Distinct().Count() - claimed.Count;
        if (claimed.Count == 0)
        {
            return report;
        }

        var ids = claimed.Select(delivery => delivery.MemberId).ToList();
        var settings = await db.DigestSettings.Where(row => ids.Contains(row.PersonId)).ToDictionaryAsync(row => row.PersonId, cancellationToken);
        var readers = ids.ToDictionary(person => person, person => MemberReaders.Of(person, memberships));
        var news = await composer.NewsAsync([.. claimed.Select(delivery => new DigestWindow(delivery.MemberId, delivery.WindowStart, delivery.DueAt))],
            readers, cancellationToken);
        IEmailSession? session = null;
        try
        {
            foreach (var delivery in claimed)
            {
                // The batch's claims are held for one lease from when they were made: a member the batch has not reached by
                // half of it (a slow server) is left claimed, for a later run to take over once the lease is over.
                if (clock.GetUtcNow() - delivery.ClaimedAt >= options.Timings.Lease / 2)
                {
                    report.NotClaimed++;
                    continue;
                }

                session = await SendOneAsync(delivery, accounts.GetValueOrDefault(delivery.MemberId), settings.GetValueOrDefault(delivery.MemberId),
                    news[delivery.MemberId], session, report, cancellationToken);
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return report;
    }

    /// <summary>
    /// A digest now, outside the schedule, holding the last 30 days: the demo network's, so that a new user sees one in
    /// <c>data/mail</c> at the first start. Claimed like any other (period "N" and the Helsinki date): once a day.
    /// </summary>
    public async Task<DigestBatchReport> SendNowAsync(Guid person, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var report = new DigestBatchReport();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, HelsinkiTime.Zone).DateTime);
        var period = new DigestPeriod($"N{today:yyyy-MM-dd}", now.AddSeconds(1), now.AddDays(-30));
        db.DigestDeliveries.Add(DigestDelivery.Claim(person, period, ServerName, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            report.NotClaimed++;
            return report;
        }

        var delivery = db.DigestDeliveries.Local.Single();
        var memberships = await sender.Send(new ListMembershipsOfPeople([person]), cancellationToken);
        var account = (await sender.Send(new GetAccounts([person]), cancellationToken)).SingleOrDefault();
        var settings = await db.DigestSettings.SingleOrDefaultAsync(row => row.PersonId == person, cancellationToken);
        var news = await composer.NewsAsync([new DigestWindow(person, delivery.WindowStart, delivery.DueAt)],
            new Dictionary<Guid, IReadOnlyList<PracticeNetwork.Content.Contracts.Reader>> { [person] = MemberReaders.Of(person, memberships) }, cancellationToken);
        var session = await SendOneAsync(delivery, account, settings, news[person], null, report, cancellationToken);
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        return report;
    }

    /// <summary>
    /// Claims the due periods of the batch's members in one save. When another server holds any of them (the save
    /// fails as a whole), claims one by one, so that each member is claimed by exactly one server.
    /// </summary>
    private async Task<List<DigestDelivery>> ClaimAllAsync(IReadOnlyCollection<Guid> people, IReadOnlyDictionary<Guid, MemberDigestState> states, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = people.Distinct().Where(person => planner.Due(states[person], now) is not null).ToList();
        var openIds = due.Select(person => states[person].Open?.Id).OfType<Guid>().ToList();
        var open = await db.DigestDeliveries.Where(row => openIds.Contains(row.Id)).ToDictionaryAsync(row => row.Id, cancellationToken);
        var claims = new List<DigestDelivery>();
        foreach (var person in due)
        {
            if (states[person].Open is { } state)
            {
                if (open.GetValueOrDefault(state.Id) is { } delivery && delivery.IsOpenAt(now, options.Timings))
                {
                    delivery.TakeOver(ServerName, now, options.Timings);
                    claims.Add(delivery);
                }
            }
            else
            {
                var delivery = DigestDelivery.Claim(person, planner.Due(states[person], now)!.Value, ServerName, now);
                db.DigestDeliveries.Add(delivery);
                claims.Add(delivery);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return claims;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var one = new List<DigestDelivery>();
        foreach (var person in due)
        {
            if (await ClaimAsync(person, states[person], cancellationToken) is { } delivery)
            {
                one.Add(delivery);
            }
        }

        return one;
    }

    /// <summary>Claims the member's due period; null when nothing is due or another server holds it.</summary>
    private async Task<DigestDelivery?> ClaimAsync(Guid person, MemberDigestState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (planner.Due(state, now) is not { } period)
        {
            return null;
        }

        DigestDelivery delivery;
        if (state.Open is { } open)
        {
            delivery = await db.DigestDeliveries.SingleAsync(row => row.Id == open.Id, cancellationToken);
            if (!delivery.IsOpenAt(now, options.Timings))
            {
                return null;
            }

            delivery.TakeOver(ServerName, now, options.Timings);
        }
        else
        {
            delivery = DigestDelivery.Claim(person, period, ServerName, now);
            db.DigestDeliveries.Add(delivery);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return delivery;
        }
        catch (DbUpdateException)
        {
            // Another server claimed the same member and period first (the unique row, or the version of a takeover).
            // Only this claim is let go: the batch's earlier claims stay tracked for their outcomes.
            db.Entry(delivery).State = EntityState.Detached;
            return null;
        }
    }

    private async Task<IEmailSession?> SendOneAsync(DigestDelivery delivery, AccountSummary? account, DigestSettings? settings,
        IReadOnlyList<ShownNotification> news, IEmailSession? session, DigestBatchReport report, CancellationToken cancellationToken)
    {
        using var language = MailLanguage.Of(account);
        var content = await composer.ComposeAsync(news, cancellationToken);
        if (content.IsEmpty || account is null || string.IsNullOrWhiteSpace(account.Email))
        {
            delivery.NothingNew(clock.GetUtcNow());
            await SaveOutcomeAsync(cancellationToken);
            report.Skipped++;
            return session;
        }

        var message = Render(account, content);
        try
        {
            session ??= await transport.OpenAsync(cancellationToken);
            await session.SendAsync(message, cancellationToken);
            delivery.Sent(clock.GetUtcNow(), content.Shown);
            settings?.SendSucceeded();
            report.Sent++;
        }
        catch (Exception exception) when (exception is not OperationCanceledException && IsSendFailure(exception))
        {
            delivery.SendFailed(exception.Message, clock.GetUtcNow(), options.Timings);
            if (settings is null)
            {
                settings = new DigestSettings(delivery.MemberId, DigestPreference.Default, delivery.DueAt);
                db.DigestSettings.Add(settings);
            }

            settings.SendFailed();
            report.Failed++;
            logger.LogWarning(exception, "Digest {Period} to member {Member} failed (attempt {Attempt}, {State})",
                delivery.PeriodKey, delivery.MemberId, delivery.Attempts, delivery.State);
            if (session is not null)
            {
                await session.DisposeAsync();
                session = null;
            }
        }

        await SaveOutcomeAsync(cancellationToken);
        return session;
    }

    /// <summary>
    /// What the mail server or the way to it did: recorded on the delivery and retried. Anything else (a bug) fails the
    /// batch job, which Hangfire retries; the member's claim is taken over when its lease runs out.
    /// </summary>
    private static bool IsSendFailure(Exception exception) =>
        exception is IOException or System.Net.Sockets.SocketException or TimeoutException
        || exception.GetType().Namespace?.StartsWith("MailKit", StringComparison.Ordinal) == true
        || exception.GetType().Namespace?.StartsWith("MimeKit", StringComparison.Ordinal) == true;

    private async Task SaveOutcomeAsync(CancellationToken cancellationToken)
    {
        // The outcome is saved even if the run is being cancelled: a sent digest must be recorded as sent. The batch's
        // deliveries and settings stay tracked: each save writes only what changed since the last one.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The digest as mail, in the current UI language, with the member's own signed unsubscribe link.</summary>
    public EmailMessage Render(AccountSummary account, DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = Uri.EscapeDataString(tokens.For(account.PersonId));
        var links = new DigestLinks(
            urls.Absolute(string.Empty),
            urls.Absolute("/tilaus/peru?t=" + token),
            urls.Absolute("/api/v1/digest/unsubscribe?t=" + token),
            urls.Absolute("/ilmoitukset/asetukset"),
            urls.Absolute("/ilmoitukset"));
        return mail.Render(account.Email, account.DisplayName, content, links);
    }
}

/// <summary>
/// The member's language for the span of one digest (Finnish when they have not chosen): labels, texts and dates are
/// composed and rendered in it; the culture flows across awaits and is put back when disposed.
/// </summary>
public sealed class MailLanguage : IDisposable
{
    private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    private MailLanguage(string language)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
    }

    public static MailLanguage Of(AccountSummary? account) =>
        new(account?.PreferredLanguage is "sv" or "en" ? account.PreferredLanguage : "fi");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = ui;
        CultureInfo.CurrentCulture = culture;
    }
}

public sealed class DigestBatchReport
{
    public int Sent { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    public int NotClaimed { get; set; }
}
