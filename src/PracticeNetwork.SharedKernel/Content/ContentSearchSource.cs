using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>The <see cref="IContentSearchSource"/> of one content type, over its module's DbContext.</summary>
internal sealed class ContentSearchSource<TItem, TContent>(ContentDb<TItem> content, ContentType<TItem, TContent> type) : IContentSearchSource
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    public string Kind => type.Noun;

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += batchSize)
        {
            var batch = await Indexable()
                .OrderBy(item => item.Id)
                .Skip(skip).Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count > 0)
            {
                yield return [.. batch.Select(ToDocument)];
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }
        }
    }

    public async Task<IReadOnlyDictionary<Guid, SearchDocument>> DocumentsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<Guid, SearchDocument>();
        foreach (var chunk in itemIds.Distinct().Chunk(200))
        {
            foreach (var item in await Indexable().Where(item => chunk.Contains(item.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                documents[item.Id] = ToDocument(item);
            }
        }

        return documents;
    }

    public async Task<IReadOnlyList<SearchChange>> ChangesAfterAsync(long sequence, int max, CancellationToken cancellationToken) =>
        await content.Rows.Outbox.AsNoTracking()
            .Where(message => message.Sequence > sequence)
            .OrderBy(message => message.Sequence)
            .Take(max)
            .Select(message => new SearchChange(message.SubjectId, message.Sequence))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<long> LatestSequenceAsync(CancellationToken cancellationToken) =>
        await content.Rows.Outbox.AsNoTracking().MaxAsync(message => (long?)message.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;

    private IQueryable<TItem> Indexable() => content.Db.Set<TItem>().AsNoTracking().AsSplitQuery()
        .IgnoreQueryFilters([ModuleDbContext.TenantFilter])
        .Where(item => item.DeletedAt == null
            && (item.Status == PublicationStatus.Published || item.Status == PublicationStatus.Archived));

    private SearchDocument ToDocument(TItem item)
    {
        var fields = item.Content;
        return new SearchDocument(
            item.Id, type.Noun, item.MunicipalityId, item.Title, fields.Language, [.. fields.Texts()], [.. fields.Themes],
            item.Audience, item.Status, [.. type.AlsoOpenedBy(item).Where(id => id != item.MunicipalityId).Distinct()],
            item.PublishedAt, item.UpdatedAt, type.PathOf(item.Id), type.SearchFacetsOf(item));
    }
}
