using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// Loading and saving content items, for every content type: the acting municipality's own item, the one reviewed
/// network-wide read of a single item, version checks and saving with conflict detection.
/// </summary>
public static class ContentStore
{
    /// <summary>The acting municipality's item (the tenant filter makes others' invisible: 404, never 403).</summary>
    public static async Task<TItem> OwnItemAsync<TItem>(this DbContext db, Guid id, string noun, CancellationToken cancellationToken)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<TItem>().SingleOrDefaultAsync(item => item.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(noun);
    }

    /// <summary>
    /// The acting municipality's item that the reader may open (not deleted): 404 for anyone who may not open it,
    /// whatever step they asked for, so that a refusal never tells a hidden item from a missing one.
    /// </summary>
    public static Task<TItem> OpenOwnItemAsync<TItem>(this DbContext db, Reader reader, Guid id, string noun, CancellationToken cancellationToken)
        where TItem : ContentItem =>
        db.OpenOwnItemAsync<TItem>(reader, id, noun, ContentRules.MayOpen, cancellationToken);

    public static async Task<TItem> OpenOwnItemAsync<TItem>(
        this DbContext db, Reader reader, Guid id, string noun, Func<Reader, TItem, bool> mayOpen, CancellationToken cancellationToken)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(mayOpen);
        var item = await db.OwnItemAsync<TItem>(id, noun, cancellationToken).ConfigureAwait(false);
        return item.IsDeleted || !mayOpen(reader, item) ? throw NotFound(noun) : item;
    }

    /// <summary>
    /// The one reviewed network-wide read of a single item: any municipality's item, returned only when
    /// <see cref="ContentRules.MayOpen"/> allows the reader (a deleted one only when <paramref name="evenDeleted"/>,
    /// and then only for the owner's admins); null looks the same as an id that does not exist.
    /// </summary>
    public static Task<TItem?> ItemTheReaderMayOpenAsync<TItem>(
        this DbContext db, Reader reader, Guid id, bool evenDeleted, CancellationToken cancellationToken)
        where TItem : ContentItem =>
        db.ItemTheReaderMayOpenAsync<TItem>(reader, id, evenDeleted, ContentRules.MayOpen, cancellationToken);

    /// <summary>The same read, with the content type's own rule of who may open an item (<see cref="ContentType{TItem,TContent}.MayOpen"/>).</summary>
    public static async Task<TItem?> ItemTheReaderMayOpenAsync<TItem>(
        this DbContext db, Reader reader, Guid id, bool evenDeleted, Func<Reader, TItem, bool> mayOpen, CancellationToken cancellationToken)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mayOpen);
        var item = await db.Set<TItem>().AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken).ConfigureAwait(false);
        return item is null || (item.IsDeleted && !evenDeleted) || !mayOpen(reader, item) ? null : item;
    }

    public static void EnsureVersion(ContentItem item, int version, string noun)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Version != version)
        {
            throw new ConflictException($"Someone else changed this {noun} after you opened it. Reload it and make your change again.",
                StaleCode(noun), item.Version);
        }
    }

    /// <summary>
    /// A change to what a reader sees outside the item's own row (its files): the version moves on, so the ETag a
    /// client holds no longer matches (no stale 304) and a concurrent save over the old version is a conflict.
    /// </summary>
    public static void MarkChanged(this DbContext db, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(item).Property(nameof(ContentItem.Version)).IsModified = true;
    }

    /// <summary>
    /// Saves; a concurrent save of the same item since it was loaded becomes a 409 with the version it has now.
    /// The race can surface as a unique-key failure instead (both saves add revision number N, and the revision
    /// insert may run before the version-checked update), so any failed save of an item whose version has moved
    /// on is the same conflict.
    /// </summary>
    public static async Task SaveOrConflictAsync<TItem>(this DbContext db, TItem item, string noun, CancellationToken cancellationToken)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        var loaded = (int)db.Entry(item).Property(nameof(ContentItem.Version)).OriginalValue!;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception)
        {
            var current = await db.Set<TItem>().AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
                .Where(candidate => candidate.Id == item.Id).Select(candidate => (int?)candidate.Version)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (exception is not DbUpdateConcurrencyException && current == loaded)
            {
                throw;
            }

            throw new ConflictException($"Someone else changed this {noun} at the same time. Reload it and make your change again.",
                StaleCode(noun), current ?? 0);
        }
    }

    public static Guid PersonId(this Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.PersonId ?? throw new ForbiddenException("Sign in first.");
    }

    public static NotFoundException NotFound(string noun) => new($"No such {noun} in this municipality.");

    /// <summary>The conflict code clients see for a stale edit: <c>StalePractice</c>, <c>StaleProject</c>…</summary>
    private static string StaleCode(string noun) => "Stale" + char.ToUpperInvariant(noun[0]) + noun[1..];
}
