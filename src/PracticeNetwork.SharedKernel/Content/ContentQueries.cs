using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>The visibility rule as a database filter, for every content type's network-wide lists.</summary>
public static class ContentQueries
{
    /// <summary>
    /// Reviewed network-wide read: the published (optionally archived) items of every municipality that
    /// <paramref name="reader"/> may open — their audience lets the reader in, or they are the reader's own
    /// municipality's — so that a list, its count and its filters never show what the reader could not open.
    /// </summary>
    public static IQueryable<TItem> VisibleTo<TItem>(this DbSet<TItem> items, Reader reader, bool includeArchived)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(reader);
        var audiences = Visibility.VisibleAudiences(reader).ToList();
        Guid? own = reader.IsMember ? reader.ActingMunicipalityId : null;
        List<PublicationStatus> statuses = includeArchived ? [.. Visibility.VisibleStatuses] : [PublicationStatus.Published];
        var visible = items.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(item => item.DeletedAt == null && statuses.Contains(item.Status));
        // Two shapes rather than one with a null check, so that the database plans each on the browse index.
        return own is null
            ? visible.Where(item => audiences.Contains(item.Audience))
            : visible.Where(item => audiences.Contains(item.Audience) || item.MunicipalityId == own);
    }

    /// <summary>
    /// The rows of <paramref name="ids"/> among <paramref name="items"/>, in the order of <paramref name="ids"/>: one
    /// page of a list ordered by the search index. A row the database no longer shows (changed since) is left out.
    /// </summary>
    public static async Task<List<TSummary>> InOrderOfAsync<TItem, TSummary>(
        this IQueryable<TItem> items, IReadOnlyList<Guid> ids, Expression<Func<TItem, TSummary>> projection, Func<TSummary, Guid> idOf, CancellationToken cancellationToken)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(idOf);
        var wanted = ids.ToList();
        var rows = await items.Where(item => wanted.Contains(item.Id)).Select(projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        var position = wanted.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        return [.. rows.OrderBy(row => position[idOf(row)])];
    }
}
