using Mediator;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>How far a practice has come (the brief's stages).</summary>
public enum PracticeStage
{
    Idea,
    Piloted,
    InUse,
    Established,
    Discontinued,
}

/// <summary>How well the results are shown.</summary>
public enum EvidenceLevel
{
    Anecdotal,
    Measured,
    Evaluated,
    Researched,
}

/// <summary>Who may open the practice once it is published.</summary>
public enum PracticeAudience
{
    Internal,
    Network,
    Public,
}

/// <summary>The workflow step to take.</summary>
public enum PracticeStep
{
    SubmitForReview,
    Publish,
    ReturnToAuthor,
    Archive,
    Restore,
}

/// <summary>The written content of a practice, as its author enters it (Markdown in the long texts).</summary>
public sealed record PracticeText(
    string Title,
    string Summary,
    string NeedAndGoals,
    string Solution,
    string ResultsAndEvidence,
    string ResourcesAndCosts,
    string ConditionsForAdoption,
    PracticeStage Stage,
    EvidenceLevel EvidenceLevel,
    string Language,
    PracticeAudience Audience);

/// <summary>Creates a draft good practice in the acting municipality; returns its id.</summary>
public sealed record CreatePractice(PracticeText Text) : ICommand<Guid>;

/// <summary>Takes a workflow step on a practice of the acting municipality; <paramref name="Version"/> guards against stale pages.</summary>
public sealed record ChangePracticeStatus(Guid PracticeId, PracticeStep Step, int Version, string? Comment = null) : ICommand;

/// <summary>One practice, if the current reader may open it; null otherwise (pages answer 404).</summary>
public sealed record GetPractice(Guid PracticeId) : IQuery<PracticeDetails?>;

public sealed record PracticeDetails(
    Guid Id, Guid MunicipalityId, PracticeText Text, string Status, Guid CreatedBy, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? ReviewComment);
