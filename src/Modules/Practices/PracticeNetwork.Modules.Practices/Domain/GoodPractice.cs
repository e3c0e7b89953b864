using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>A good practice ("hyvä käytäntö"): what a municipality does that others could adopt.</summary>
public sealed class GoodPractice : ITenantOwned, IVersioned
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private GoodPractice()
    {
    }
#pragma warning restore CS8618

    public GoodPractice(PracticeText text, Guid createdBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CreatedBy = createdBy;
        CreatedAt = now;
        UpdatedAt = now;
        Status = PublicationStatus.Draft;
        Apply(text);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public string NeedAndGoals { get; private set; }

    public string Solution { get; private set; }

    public string ResultsAndEvidence { get; private set; }

    public string ResourcesAndCosts { get; private set; }

    public string ConditionsForAdoption { get; private set; }

    public PracticeStage Stage { get; private set; }

    public EvidenceLevel EvidenceLevel { get; private set; }

    public string Language { get; private set; }

    public Audience Audience { get; private set; }

    public PublicationStatus Status { get; private set; }

    public string? ReviewComment { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public int Version { get; private set; }

    public PracticeText Text => new(Title, Summary, NeedAndGoals, Solution, ResultsAndEvidence, ResourcesAndCosts,
        ConditionsForAdoption, Stage, EvidenceLevel, Language, (PracticeAudience)Audience);

    /// <summary>Moves along the workflow; false when the step does not apply to the current status.</summary>
    public bool Take(WorkflowStep step, string? comment, DateTimeOffset now)
    {
        if (Workflow.Next(Status, step) is not { } next)
        {
            return false;
        }

        Status = next;
        UpdatedAt = now;
        ReviewComment = step == WorkflowStep.ReturnToAuthor ? comment : null;
        if (next == PublicationStatus.Published)
        {
            PublishedAt ??= now;
        }

        return true;
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title), nameof(Summary), nameof(NeedAndGoals), nameof(Solution),
        nameof(ResultsAndEvidence), nameof(ResourcesAndCosts), nameof(ConditionsForAdoption), nameof(Language))]
    private void Apply(PracticeText text)
    {
        Title = text.Title.Trim();
        Summary = text.Summary.Trim();
        NeedAndGoals = text.NeedAndGoals;
        Solution = text.Solution;
        ResultsAndEvidence = text.ResultsAndEvidence;
        ResourcesAndCosts = text.ResourcesAndCosts;
        ConditionsForAdoption = text.ConditionsForAdoption;
        Stage = text.Stage;
        EvidenceLevel = text.EvidenceLevel;
        Language = text.Language;
        Audience = (Audience)text.Audience;
    }
}
