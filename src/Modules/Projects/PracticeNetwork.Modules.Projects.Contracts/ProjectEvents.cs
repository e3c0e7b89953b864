using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Projects.Contracts;

/// <summary>A project was published (the publish step; a restore writes none).</summary>
[IntegrationEvent("project.published", 1)]
public sealed record ProjectPublished : ContentEvent;

/// <summary>A published project was changed in substance; <see cref="Fields"/> are the API names that changed.</summary>
[IntegrationEvent("project.updated", 1)]
public sealed record ProjectUpdated : ContentEvent
{
    public IReadOnlyList<string> Fields { get; init; } = [];
}

/// <summary>A published project was archived, or deleted (<see cref="Deleted"/>).</summary>
[IntegrationEvent("project.archived", 1)]
public sealed record ProjectArchived : ContentEvent
{
    public bool Deleted { get; init; }
}

/// <summary>The project's status (planned, ongoing, completed, cancelled) changed.</summary>
[IntegrationEvent("project.status-changed", 1)]
public sealed record ProjectStatusChanged : ContentEvent
{
    public ProjectStatus From { get; init; }

    public ProjectStatus To { get; init; }
}

/// <summary>A participant posted a dated status update; <see cref="ByMunicipalityId"/> is the municipality it speaks for.</summary>
[IntegrationEvent("project.update-posted", 1)]
public sealed record ProjectUpdatePosted : ContentEvent
{
    public Guid UpdateId { get; init; }

    public Guid ByMunicipalityId { get; init; }
}

/// <summary>A milestone was marked done.</summary>
[IntegrationEvent("project.milestone-reached", 1)]
public sealed record ProjectMilestoneReached : ContentEvent
{
    public Guid MilestoneId { get; init; }

    public string MilestoneTitle { get; init; } = string.Empty;
}

/// <summary>An invited municipality accepted and now takes part.</summary>
[IntegrationEvent("project.municipality-joined", 1)]
public sealed record ProjectMunicipalityJoined : ContentEvent
{
    public Guid ParticipantMunicipalityId { get; init; }
}

/// <summary>A participating municipality left the project; what it wrote stays, attributed to it.</summary>
[IntegrationEvent("project.municipality-left", 1)]
public sealed record ProjectMunicipalityLeft : ContentEvent
{
    public Guid ParticipantMunicipalityId { get; init; }
}
