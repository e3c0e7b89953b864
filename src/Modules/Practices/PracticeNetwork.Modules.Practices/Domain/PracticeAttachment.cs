using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>A file attached to a practice; the bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class PracticeAttachment : ITenantOwned
{
#pragma warning disable CS8618 // For EF Core.
    private PracticeAttachment()
    {
    }
#pragma warning restore CS8618

    public PracticeAttachment(GoodPractice practice, string fileName, string contentType, long length, string storageKey, Guid uploadedBy, DateTimeOffset now)
        : this(Guid.NewGuid(), practice, fileName, contentType, length, storageKey, uploadedBy, now)
    {
    }

    /// <summary>An attachment with a known id and upload time: for imports.</summary>
    internal PracticeAttachment(Guid id, GoodPractice practice, string fileName, string contentType, long length, string storageKey, Guid uploadedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(practice);
        Id = id;
        PracticeId = practice.Id;
        MunicipalityId = practice.MunicipalityId;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid PracticeId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string StorageKey { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
