using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>
/// A dated status update, a row of the municipality its author wrote it for (stamped and checked by the DbContext
/// like any row): it stays, attributed to that municipality, when the municipality leaves.
/// </summary>
public sealed class ProjectStatusUpdate : ITenantOwned
{
#pragma warning disable CS8618 // For EF Core.
    private ProjectStatusUpdate()
    {
    }
#pragma warning restore CS8618

    /// <summary>An update for <paramref name="municipalityId"/>, which must be the acting municipality when it is saved.</summary>
    public ProjectStatusUpdate(Guid id, Guid projectId, Guid municipalityId, Guid personId, DateTimeOffset postedAt, string text)
    {
        Id = id;
        ProjectId = projectId;
        MunicipalityId = municipalityId;
        PersonId = personId;
        PostedAt = postedAt;
        Text = text;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public string Text { get; private set; }
}

/// <summary>What one municipality gives to a project (its role, its resources), in its own row.</summary>
public sealed class ProjectContributionRecord : ITenantOwned
{
#pragma warning disable CS8618 // For EF Core.
    private ProjectContributionRecord()
    {
    }
#pragma warning restore CS8618

    public ProjectContributionRecord(Guid projectId, string role, string resources, Guid recordedBy, DateTimeOffset recordedAt)
    {
        ProjectId = projectId;
        Record(role, resources, recordedBy, recordedAt);
    }

    public Guid ProjectId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Role { get; private set; }

    public string Resources { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Role), nameof(Resources))]
    public void Record(string role, string resources, Guid recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(resources);
        Role = role.Trim();
        Resources = resources.Trim();
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }
}
