using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Files;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// Attachments of any content type: added and removed by those who may edit the item (within the size and count
/// limits, of an allowed type confirmed from the first bytes), opened only by readers who may open the item. Adding
/// or removing a file moves the item's version on. The file is stored first and removed again if the save fails.
/// </summary>
public sealed class ContentFiles<TItem, TContent>(
    ContentDb<TItem> store, ContentType<TItem, TContent> type, IReaderContext readers, IFileStore files, AttachmentLimits limits, TimeProvider clock)
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    public async Task<Guid> AddAsync(Guid itemId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await EditableAsync(reader, itemId, cancellationToken).ConfigureAwait(false);
        return await StoreAsync(item, Guid.NewGuid(), fileName, content, reader.PersonId(), clock.GetUtcNow(), moveVersion: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings an imported item's file in with its own id and upload time (background work only, into the acting
    /// municipality's item); false when an attachment with <paramref name="attachmentId"/> exists.
    /// </summary>
    public async Task<bool> ImportAsync(Guid itemId, Guid attachmentId, string fileName, Stream content, Guid uploadedBy, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        if (readers.Current.IsSignedIn)
        {
            throw new ForbiddenException("Attachments are imported by the system, not by members.");
        }

        var item = await store.Db.OwnItemAsync<TItem>(itemId, type.Noun, cancellationToken).ConfigureAwait(false);
        // Across municipalities on purpose: an id is unique in the whole network, and only its item is read.
        var existing = await store.Rows.Attachments.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(attachment => attachment.Id == attachmentId).Select(attachment => (Guid?)attachment.ItemId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing == item.Id
                ? false
                : throw new ConflictException($"Another {type.Noun} has an attachment with this id.", "AttachmentIdTaken", 0);
        }

        await StoreAsync(item, attachmentId, fileName, content, uploadedBy, uploadedAt, moveVersion: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task RemoveAsync(Guid itemId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var item = await EditableAsync(reader, itemId, cancellationToken).ConfigureAwait(false);
        var attachment = await store.Rows.Attachments.SingleOrDefaultAsync(
                row => row.Id == attachmentId && row.ItemId == item.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such attachment.");
        store.Rows.Attachments.Remove(attachment);
        store.Rows.Changes.Add(new ContentChange(item, reader.PersonId(), ContentChangeKind.AttachmentRemoved, clock.GetUtcNow(), comment: attachment.FileName));
        store.Db.MarkChanged(item);
        await store.Db.SaveOrConflictAsync(item, type.Noun, cancellationToken).ConfigureAwait(false);
        await files.DeleteAsync(attachment.StorageKey, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>An attachment's content, if the reader may open its item (a deleted item's files for nobody); null otherwise.</summary>
    public async Task<AttachmentContent?> OpenAsync(Guid itemId, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await store.Db.ItemTheReaderMayOpenAsync<TItem>(readers.Current, itemId, evenDeleted: false, type.MayOpen, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return null;
        }

        var attachment = await store.Rows.Attachments.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(row => row.Id == attachmentId && row.ItemId == item.Id, cancellationToken).ConfigureAwait(false);
        if (attachment is null || await files.OpenAsync(attachment.StorageKey, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return null;
        }

        var isPublic = item.Audience == Audience.Public && Visibility.VisibleStatuses.Contains(item.Status);
        return new AttachmentContent(attachment.FileName, attachment.ContentType, attachment.Length, content, isPublic);
    }

    /// <summary>The item's files, by name, for a reader the caller has already let open the item.</summary>
    public async Task<IReadOnlyList<AttachmentInfo>> ListAsync(TItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await store.Rows.Attachments.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(attachment => attachment.ItemId == item.Id)
            .OrderBy(attachment => attachment.FileName)
            .Select(attachment => new AttachmentInfo(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Length, attachment.UploadedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The acting municipality's item that the reader may edit: 404 if they may not even open it, 403 if they may only read.</summary>
    private async Task<TItem> EditableAsync(Reader reader, Guid itemId, CancellationToken cancellationToken)
    {
        var item = await store.Db.OpenOwnItemAsync<TItem>(reader, itemId, type.Noun, type.MayOpen, cancellationToken).ConfigureAwait(false);
        return type.MayEdit(reader, item)
            ? item
            : throw new ForbiddenException($"Only the author of a draft and the municipality's reviewers change this {type.Noun}.");
    }

    /// <summary>Stores a checked file; an import keeps the item's version (<paramref name="moveVersion"/> false), as it is not an edit.</summary>
    private async Task<Guid> StoreAsync(
        TItem item, Guid attachmentId, string fileName, Stream content, Guid by, DateTimeOffset at, bool moveVersion, CancellationToken cancellationToken)
    {
        var existing = await store.Rows.Attachments.CountAsync(attachment => attachment.ItemId == item.Id, cancellationToken).ConfigureAwait(false);
        using var upload = await AttachmentUpload.CheckAsync(existing, type.Noun, fileName, content, limits, cancellationToken).ConfigureAwait(false);
        var key = await files.SaveAsync(upload.Content, cancellationToken).ConfigureAwait(false);
        var attachment = new ContentAttachment(attachmentId, item, upload.FileName, upload.ContentType, upload.Content.Length, key, by, at);
        store.Rows.Attachments.Add(attachment);
        store.Rows.Changes.Add(new ContentChange(item, by, ContentChangeKind.AttachmentAdded, at, comment: upload.FileName));
        if (moveVersion)
        {
            store.Db.MarkChanged(item);
        }

        try
        {
            await store.Db.SaveOrConflictAsync(item, type.Noun, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return attachment.Id;
    }
}
