namespace PracticeNetwork.Content.Contracts;

/// <summary>
/// Where an imported item stands and when it got there (the source's dates, kept): what every content type's import
/// command carries, and what the shared import path replays through the workflow.
/// </summary>
public interface IImportedState
{
    PublicationStatus Status { get; }

    Guid CreatedBy { get; }

    DateTimeOffset CreatedAt { get; }

    DateTimeOffset? PublishedAt { get; }

    DateTimeOffset? ArchivedAt { get; }

    string? ReviewComment { get; }

    Guid? ReviewedBy { get; }

    DateTimeOffset? UpdatedAt { get; }
}

public static class ImportedStates
{
    /// <summary>An item in review, or a draft a reviewer returned: it moved before it was published.</summary>
    public static bool MovedBeforePublication(this IImportedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status == PublicationStatus.InReview || (state.Status == PublicationStatus.Draft && !string.IsNullOrWhiteSpace(state.ReviewComment));
    }
}
