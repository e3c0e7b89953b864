using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// What the search index reads of one content type: every item a reader outside its authors could open (published or
/// archived, not deleted), the current state of changed items, and the outbox positions that say which items changed.
/// Each app server reads it for its own index; nothing here is marked as read, so any number of servers may.
/// </summary>
public interface IContentSearchSource
{
    /// <summary>The type's noun ("practice").</summary>
    string Kind { get; }

    /// <summary>Every indexable item, in batches of <paramref name="batchSize"/>, so a build never holds them all.</summary>
    IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(int batchSize, CancellationToken cancellationToken);

    /// <summary>The indexable state of <paramref name="itemIds"/> now; an id missing from the answer leaves the index.</summary>
    Task<IReadOnlyDictionary<Guid, SearchDocument>> DocumentsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>The outbox rows written after <paramref name="sequence"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<SearchChange>> ChangesAfterAsync(long sequence, int max, CancellationToken cancellationToken);

    /// <summary>The sequence of the newest outbox row (0 when there is none).</summary>
    Task<long> LatestSequenceAsync(CancellationToken cancellationToken);
}

/// <summary>An outbox row as the index sees it: which item changed, at which <see cref="Persistence.OutboxMessage.Sequence"/>.</summary>
public sealed record SearchChange(Guid ItemId, long Sequence);

/// <summary>
/// One item as the index holds it. Who may open it is in <see cref="Audience"/>, <see cref="MunicipalityId"/> and
/// <see cref="AlsoOpenedBy"/> (municipalities whose members open it whatever its audience: a joint project's participants).
/// </summary>
public sealed record SearchDocument(
    Guid Id,
    string Kind,
    Guid MunicipalityId,
    string Title,
    string Language,
    IReadOnlyList<(string Field, string Text)> Texts,
    IReadOnlyList<Theme> Themes,
    Audience Audience,
    PublicationStatus Status,
    IReadOnlyList<Guid> AlsoOpenedBy,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string Path,
    SearchFacets Facets);

/// <summary>
/// A content type's own facets: its stage or status, its evidence level, whether it has KPIs, and when it runs
/// (a project: from its start, until its end or, with none, open-ended).
/// </summary>
public sealed record SearchFacets(string? Stage, string? EvidenceLevel, bool HasKpis, DateOnly? RunsFrom = null, DateOnly? RunsUntil = null)
{
    public static readonly SearchFacets None = new(null, null, HasKpis: false);
}
