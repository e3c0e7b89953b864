namespace PracticeNetwork.Content.Contracts;

/// <summary>Where a content item (good practice, project, process) is in its review workflow.</summary>
public enum PublicationStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

/// <summary>
/// Who may open a content item once it is published. Before publication every item is a draft in the brief's
/// sense: only its authors and its own municipality's reviewers see it, whatever its audience will be.
/// </summary>
public enum Audience
{
    /// <summary>The owning municipality's members.</summary>
    Internal,

    /// <summary>Signed-in members of any municipality.</summary>
    Network,

    /// <summary>Everyone, also anonymous visitors.</summary>
    Public,
}
