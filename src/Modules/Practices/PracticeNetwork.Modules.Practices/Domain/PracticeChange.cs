using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>The audit trail of a practice: one row for every change, who made it and when.</summary>
public sealed class PracticeChange : ITenantOwned
{
    private PracticeChange()
    {
    }

    public PracticeChange(GoodPractice practice, Guid personId, ContentChangeKind kind, DateTimeOffset at, IReadOnlyList<string>? fields = null, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        Id = Guid.NewGuid();
        PracticeId = practice.Id;
        MunicipalityId = practice.MunicipalityId;
        PersonId = personId;
        Kind = kind;
        At = at;
        Fields = [.. fields ?? []];
        Comment = comment;
    }

    public Guid Id { get; private set; }

    public Guid PracticeId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    public ContentChangeKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public List<string> Fields { get; private set; } = [];

    public string? Comment { get; private set; }
}
