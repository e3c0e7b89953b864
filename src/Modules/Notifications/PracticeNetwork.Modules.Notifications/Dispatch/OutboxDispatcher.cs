using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Notifications.Dispatch;

/// <summary>
/// Turns every content module's outbox into notifications for the members whose follows match. At least once: a row
/// is marked processed only after its notifications are saved. Idempotent: notifications are unique per (event,
/// member), so a row handled twice (a crash between the two saves, two servers) adds nothing twice. In order per item:
/// rows are read oldest first, and a row that fails holds back the later rows of its item until it is handled, retried
/// on <see cref="DispatchFailure"/>'s schedule and, at the end of it, dead-lettered for a network admin to replay.
/// </summary>
public sealed class OutboxDispatcher(
    IEnumerable<IContentFeed> feeds, NotificationsDbContext db, ISender sender, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 200;

    /// <summary>A test's hook to make handling one event fail (a poison event), as a broken module would.</summary>
    internal Func<OutboxMessage, bool>? FailWhen { get; set; }

    public async Task<DispatchReport> RunAsync(CancellationToken cancellationToken)
    {
        var regions = (await sender.Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities)
            .ToDictionary(municipality => municipality.Id, municipality => municipality.RegionCode);
        var report = new DispatchReport();
        foreach (var feed in feeds)
        {
            while (true)
            {
                var batch = await DispatchBatchAsync(feed, regions, report, cancellationToken);
                if (batch.Handled == 0 || batch.Read < BatchSize)
                {
                    break;
                }
            }
        }

        return report;
    }

    private async Task<(int Read, int Handled)> DispatchBatchAsync(
        IContentFeed feed, IReadOnlyDictionary<Guid, string> regions, DispatchReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var failures = await db.DispatchFailures.Where(failure => failure.Source == feed.Kind).ToDictionaryAsync(failure => failure.MessageId, cancellationToken);
        var waiting = failures.Values.Where(failure => !failure.IsDueAt(now)).ToList();
        var blockedItems = waiting.Select(failure => failure.ItemId).ToHashSet();
        var pending = await feed.PendingAsync(BatchSize, [.. waiting.Select(failure => failure.MessageId)], cancellationToken);
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        var facts = await feed.FactsAsync([.. pending.Select(message => message.SubjectId).Distinct()], cancellationToken);
        var searchesFinding = await SavedSearchesFindingAsync([.. facts.Keys], cancellationToken);
        var handled = new List<Guid>();
        var notes = new List<Notification>();
        var ownFollows = new List<(Guid PersonId, Guid ItemId)>();
        foreach (var message in pending)
        {
            if (blockedItems.Contains(message.SubjectId))
            {
                continue;
            }

            try
            {
                if (FailWhen?.Invoke(message) == true)
                {
                    throw new InvalidOperationException($"The event {message.Id} could not be handled (test fault).");
                }

                var read = OutboxEvent.Read(message);
                if (facts.TryGetValue(message.SubjectId, out var item))
                {
                    ownFollows.AddRange(item.OwnFollowers.Select(person => (person, item.ItemId)));
                    var itemFacts = new ItemFacts(item.ItemId, item.MunicipalityId, regions.GetValueOrDefault(item.MunicipalityId),
                        item.Themes, read.NetworkKpiId is { } kpi ? [kpi] : [], searchesFinding.GetValueOrDefault(item.ItemId));
                    notes.AddRange(await NotificationsForAsync(feed.Kind, message, read, itemFacts, item.OwnFollowers, now, cancellationToken));
                }

                handled.Add(message.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                blockedItems.Add(message.SubjectId);
                var failure = failures.GetValueOrDefault(message.Id);
                if (failure is null)
                {
                    failure = new DispatchFailure(feed.Kind, message.Id, message.SubjectId, message.Type, message.OccurredAt);
                    db.DispatchFailures.Add(failure);
                }

                failure.Failed(exception.Message, now);
                report.Failed++;
                logger.LogWarning(exception, "Dispatching {Type} {MessageId} failed (attempt {Attempt}); its item's later events wait",
                    message.Type, message.Id, failure.Attempts);
            }
        }

        await AddOwnFollowsAsync(ownFollows, now, cancellationToken);
        var added = await AddNewAsync(notes, cancellationToken);
        db.DispatchFailures.RemoveRange(handled.Where(failures.ContainsKey).Select(id => failures[id]));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Another dispatcher (another server) saved the same events' notifications first: it has this batch.
            db.ChangeTracker.Clear();
            logger.LogInformation(exception, "Another dispatcher handled this {Kind} batch first", feed.Kind);
            return (pending.Count, 0);
        }

        db.ChangeTracker.Clear();
        await feed.MarkProcessedAsync(handled, now, cancellationToken);
        report.Events += handled.Count;
        report.Notifications += added;
        return (pending.Count, handled.Count);
    }

    private async Task<IEnumerable<Notification>> NotificationsForAsync(string kind, OutboxMessage message, OutboxEvent read,
        ItemFacts item, IReadOnlyList<Guid> ownFollowers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var targets = FollowMatching.TargetsOf(item);
        var keys = targets.Select(target => target.Key).ToList();
        var follows = await db.Follows.AsNoTracking()
            .Where(follow => follow.IsActive && keys.Contains(follow.Key))
            .Select(follow => new { follow.PersonId, follow.Kind, follow.Key })
            .ToListAsync(cancellationToken);
        var byPerson = follows
            .Select(follow => (follow.PersonId, Target: new FollowTarget(follow.Kind, follow.Key)))
            .Where(follow => targets.Contains(follow.Target))
            .GroupBy(follow => follow.PersonId, follow => follow.Target)
            .ToDictionary(group => group.Key, group => group.ToList());
        // The item's own people follow it from its first event on, unless they said no before (a stopped follow row).
        var stopped = await db.Follows.AsNoTracking()
            .Where(follow => !follow.IsActive && follow.Kind == FollowKind.Item && follow.Key == targets[0].Key && ownFollowers.Contains(follow.PersonId))
            .Select(follow => follow.PersonId).ToListAsync(cancellationToken);
        foreach (var person in ownFollowers.Except(stopped))
        {
            if (!byPerson.TryGetValue(person, out var mine))
            {
                byPerson[person] = mine = [];
            }

            mine.Add(targets[0]);
        }

        return byPerson
            .Where(entry => entry.Key != read.PersonId)
            .Select(entry => (Person: entry.Key, Reason: FollowMatching.Reason(item, entry.Value)))
            .Where(entry => entry.Reason is not null)
            .Select(entry => new Notification(entry.Person, read.EventId, message.Type, kind, item.ItemId, item.MunicipalityId,
                Truncate(read.Title, 300), entry.Reason!, message.OccurredAt, now));
    }

    /// <summary>For each item, the keys of the followed saved searches that find it now (asked of the search index once per batch).</summary>
    private async Task<IReadOnlyDictionary<Guid, IReadOnlyCollection<string>>> SavedSearchesFindingAsync(
        IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var followed = await db.SavedSearches.AsNoTracking()
            .Where(search => db.Follows.Any(follow => follow.IsActive && follow.Kind == FollowKind.Search && follow.Key == search.Key))
            .ToDictionaryAsync(search => search.Search, search => search.Key, StringComparer.Ordinal, cancellationToken);
        if (followed.Count == 0 || itemIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyCollection<string>>();
        }

        var matches = await sender.Send(new FindSavedSearchMatches(itemIds, followed.Keys), cancellationToken);
        return matches.ToDictionary(match => match.Key, match => (IReadOnlyCollection<string>)[.. match.Value.Select(search => followed[search])]);
    }

    private async Task AddOwnFollowsAsync(List<(Guid PersonId, Guid ItemId)> ownFollows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ownFollows.Count == 0)
        {
            return;
        }

        var wanted = ownFollows.Distinct().Select(pair => (pair.PersonId, Target: FollowTarget.ForItem(pair.ItemId))).ToList();
        var people = wanted.Select(pair => pair.PersonId).Distinct().ToList();
        var keys = wanted.Select(pair => pair.Target.Key).Distinct().ToList();
        var existing = (await db.Follows.AsNoTracking()
                .Where(follow => follow.Kind == FollowKind.Item && people.Contains(follow.PersonId) && keys.Contains(follow.Key))
                .Select(follow => new { follow.PersonId, follow.Key })
                .ToListAsync(cancellationToken))
            .Select(follow => (follow.PersonId, follow.Key)).ToHashSet();
        db.Follows.AddRange(wanted.Where(pair => !existing.Contains((pair.PersonId, pair.Target.Key)))
            .Select(pair => new Domain.Follow(pair.PersonId, pair.Target, automatic: true, now)));
    }

    /// <summary>Adds the notifications not already there (an event handled before); returns how many were new.</summary>
    private async Task<int> AddNewAsync(List<Notification> notes, CancellationToken cancellationToken)
    {
        var events = notes.Select(note => note.EventId).Distinct().ToList();
        var existing = new HashSet<(Guid, Guid)>();
        foreach (var chunk in events.Chunk(200))
        {
            existing.UnionWith((await db.Notifications.AsNoTracking().Where(note => chunk.Contains(note.EventId))
                    .Select(note => new { note.EventId, note.PersonId }).ToListAsync(cancellationToken))
                .Select(note => (note.EventId, note.PersonId)));
        }

        var fresh = notes.Where(note => existing.Add((note.EventId, note.PersonId))).ToList();
        db.Notifications.AddRange(fresh);
        return fresh.Count;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

public sealed class DispatchReport
{
    public int Events { get; set; }

    public int Notifications { get; set; }

    public int Failed { get; set; }
}
