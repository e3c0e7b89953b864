using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>The <see cref="IContentFeed"/> of one content type, over its module's DbContext.</summary>
internal sealed class ContentFeed<TItem, TContent>(ContentDb<TItem> content, ContentType<TItem, TContent> type) : IContentFeed
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    public string Kind => type.Noun;

    public async Task<IReadOnlyList<OutboxMessage>> PendingAsync(int max, IReadOnlyCollection<Guid> except, CancellationToken cancellationToken)
    {
        var skip = except.ToList();
        return await content.Rows.Outbox.AsNoTracking()
            .Where(message => message.ProcessedAt == null && !skip.Contains(message.Id))
            .OrderBy(message => message.Sequence).ThenBy(message => message.OccurredAt).ThenBy(message => message.Id)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkProcessedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in messageIds.Chunk(500))
        {
            foreach (var message in await content.Rows.Outbox.Where(message => chunk.Contains(message.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                message.MarkProcessed(now);
            }

            await content.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            content.Db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyDictionary<Guid, FeedItemFacts>> FactsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var items = await LoadAsync(itemIds, cancellationToken).ConfigureAwait(false);
        return items.ToDictionary(item => item.Id, item => new FeedItemFacts(
            item.Id, item.MunicipalityId, [.. item.Content.Themes], [.. type.OwnFollowersOf(item).Distinct()]));
    }

    public async Task<IReadOnlyDictionary<Guid, FeedItemLink>> OpenableAsync(
        IReadOnlyCollection<Reader> readers, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var items = await LoadAsync(itemIds, cancellationToken).ConfigureAwait(false);
        return Openable(readers, items);
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<Guid, FeedItemLink>>> OpenableEachAsync(
        IReadOnlyList<OpenableQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var items = (await LoadAsync([.. questions.SelectMany(question => question.ItemIds)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(item => item.Id);
        return [.. questions.Select(question => Openable(question.Readers,
            [.. question.ItemIds.Distinct().Select(id => items.GetValueOrDefault(id)).OfType<TItem>()]))];
    }

    private Dictionary<Guid, FeedItemLink> Openable(IReadOnlyCollection<Reader> readers, IEnumerable<TItem> items) => items
        .Where(item => !item.IsDeleted && item.Status == PublicationStatus.Published && readers.Any(reader => type.MayOpen(reader, item)))
        .ToDictionary(item => item.Id, item => new FeedItemLink(item.Id, item.MunicipalityId, item.Title, type.PathOf(item.Id)));

    private async Task<List<TItem>> LoadAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var items = new List<TItem>(itemIds.Count);
        foreach (var chunk in itemIds.Distinct().Chunk(200))
        {
            items.AddRange(await content.Db.Set<TItem>().AsNoTracking().AsSplitQuery().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
                .Where(item => chunk.Contains(item.Id))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return items;
    }
}
