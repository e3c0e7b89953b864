using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// One content type as the notifications module consumes it, whatever the type: its outbox, the facts follows match on,
/// and which of its items a reader may open now. Registered by <see cref="ContentServices.AddContentType{TDb,TItem,TContent,TType}"/>
/// for every type, so a new content type is followed, notified and digested without code in the notifications module.
/// </summary>
public interface IContentFeed
{
    /// <summary>The type's noun ("practice"), which also names its outbox for the dispatcher.</summary>
    string Kind { get; }

    /// <summary>Unprocessed outbox rows, in the order they were written (<see cref="OutboxMessage.Sequence"/>), skipping <paramref name="except"/>.</summary>
    Task<IReadOnlyList<OutboxMessage>> PendingAsync(int max, IReadOnlyCollection<Guid> except, CancellationToken cancellationToken);

    Task MarkProcessedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>What follows match on for each existing item (deleted ones included: their events are still matched).</summary>
    Task<IReadOnlyDictionary<Guid, FeedItemFacts>> FactsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>
    /// The items of <paramref name="itemIds"/> that are published, not deleted, and that one of <paramref name="readers"/>
    /// may open now: what a notification or a digest may show, re-checked at the time it is shown.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, FeedItemLink>> OpenableAsync(
        IReadOnlyCollection<Reader> readers, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="OpenableAsync"/> for many questions at once (a digest batch asks one per member), loading each item
    /// once: for each question, in the same order, the items of its own ids that one of its readers may open now.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyDictionary<Guid, FeedItemLink>>> OpenableEachAsync(
        IReadOnlyList<OpenableQuestion> questions, CancellationToken cancellationToken);
}

/// <summary>Which of <paramref name="ItemIds"/> one of <paramref name="Readers"/> may open now.</summary>
public sealed record OpenableQuestion(IReadOnlyCollection<Reader> Readers, IReadOnlyCollection<Guid> ItemIds);

public sealed record FeedItemFacts(Guid ItemId, Guid MunicipalityId, IReadOnlyList<Theme> Themes, IReadOnlyList<Guid> OwnFollowers);

public sealed record FeedItemLink(Guid ItemId, Guid MunicipalityId, string Title, string Path);
