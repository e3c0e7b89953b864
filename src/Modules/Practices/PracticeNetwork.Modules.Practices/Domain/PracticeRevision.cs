using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>A published version of a practice, kept whole (its content as JSON) for the history page.</summary>
public sealed class PracticeRevision : ITenantOwned
{
#pragma warning disable CS8618 // For EF Core.
    private PracticeRevision()
    {
    }
#pragma warning restore CS8618

    public PracticeRevision(GoodPractice practice, int number, Guid publishedBy, DateTimeOffset publishedAt, IReadOnlyList<string> changedFields)
    {
        ArgumentNullException.ThrowIfNull(practice);
        Id = Guid.NewGuid();
        PracticeId = practice.Id;
        MunicipalityId = practice.MunicipalityId;
        Number = number;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
        ChangedFields = [.. changedFields];
        Snapshot = PracticeSnapshot.Serialize(practice.Content);
    }

    public Guid Id { get; private set; }

    public Guid PracticeId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public int Number { get; private set; }

    public Guid PublishedBy { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Fields changed since the previous revision (API names).</summary>
    public List<string> ChangedFields { get; private set; } = [];

    public string Snapshot { get; private set; }
}
