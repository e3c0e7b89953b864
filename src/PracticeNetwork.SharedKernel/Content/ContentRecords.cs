using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>A row that belongs to one content item, in the item's municipality: a revision, a change, an attachment.</summary>
public abstract class ContentRow : ITenantOwned
{
    protected ContentRow()
    {
    }

    protected ContentRow(Guid id, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Id = id;
        ItemId = item.Id;
        MunicipalityId = item.MunicipalityId;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid MunicipalityId { get; private set; }
}

/// <summary>A published version of an item, kept whole (its content as JSON) for the history page and diffs.</summary>
public sealed class ContentRevision : ContentRow
{
#pragma warning disable CS8618 // For EF Core.
    private ContentRevision()
    {
    }
#pragma warning restore CS8618

    public ContentRevision(ContentItem item, int number, Guid publishedBy, DateTimeOffset publishedAt, IReadOnlyList<string> changedFields, string snapshot)
        : base(Guid.NewGuid(), item)
    {
        Number = number;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
        ChangedFields = [.. changedFields];
        Snapshot = snapshot;
    }

    public int Number { get; private set; }

    public Guid PublishedBy { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Fields changed since the previous revision (API names).</summary>
    public List<string> ChangedFields { get; private set; } = [];

    public string Snapshot { get; private set; }
}

/// <summary>The audit trail of an item: one row for every change, who made it and when.</summary>
public sealed class ContentChange : ContentRow
{
    private ContentChange()
    {
    }

    public ContentChange(ContentItem item, Guid personId, ContentChangeKind kind, DateTimeOffset at, IReadOnlyList<string>? fields = null, string? comment = null)
        : base(Guid.NewGuid(), item)
    {
        PersonId = personId;
        Kind = kind;
        At = at;
        Fields = [.. fields ?? []];
        Comment = comment;
    }

    public Guid PersonId { get; private set; }

    public ContentChangeKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public List<string> Fields { get; private set; } = [];

    public string? Comment { get; private set; }
}

/// <summary>A file attached to an item; the bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class ContentAttachment : ContentRow
{
#pragma warning disable CS8618 // For EF Core.
    private ContentAttachment()
    {
    }
#pragma warning restore CS8618

    /// <summary>An attachment with a known id and upload time (imports keep theirs).</summary>
    public ContentAttachment(Guid id, ContentItem item, string fileName, string contentType, long length, string storageKey, Guid uploadedBy, DateTimeOffset now)
        : base(id, item)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string StorageKey { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public AttachmentInfo Info => new(Id, FileName, ContentType, Length, UploadedAt);
}
