using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>A practice was published: written once, by the publish step (restoring an archived practice writes no event).</summary>
[IntegrationEvent("practice.published", 1)]
public sealed record PracticePublished : ContentEvent;

/// <summary>A published practice was changed in substance (not a minor edit); <see cref="Fields"/> are the API names that changed.</summary>
[IntegrationEvent("practice.updated", 1)]
public sealed record PracticeUpdated : ContentEvent
{
    public IReadOnlyList<string> Fields { get; init; } = [];
}

/// <summary>A published practice was archived, or deleted (<see cref="Deleted"/>): for followers it is gone.</summary>
[IntegrationEvent("practice.archived", 1)]
public sealed record PracticeArchived : ContentEvent
{
    public bool Deleted { get; init; }
}
