using System.ComponentModel.DataAnnotations;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// The body of POST and PUT: the practice's content, field for field the <c>content</c> of a GET. Lists may be left
/// out (empty); the choices (stage, evidence level, audience) must be given, so that nothing is picked for the
/// caller. Everything else is checked by the Practices module, with the same field names.
/// </summary>
internal sealed class PracticeContentRequest
{
    [Required]
    public string? Title { get; init; }

    [Required]
    public string? Summary { get; init; }

    public string? NeedAndGoals { get; init; }

    [Required]
    public string? Solution { get; init; }

    public string? ResultsAndEvidence { get; init; }

    public string? ResourcesAndCosts { get; init; }

    public string? ConditionsForAdoption { get; init; }

    [Required]
    public PracticeStage? Stage { get; init; }

    [Required]
    public EvidenceLevel? EvidenceLevel { get; init; }

    [Required]
    public string? Language { get; init; }

    [Required]
    public Audience? Audience { get; init; }

    [Required]
    public IReadOnlyList<Theme>? Themes { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<TargetGroup>? TargetGroups { get; init; }

    public IReadOnlyList<ContactPerson>? Contacts { get; init; }

    public IReadOnlyList<ContentLink>? Links { get; init; }

    public IReadOnlyList<Award>? Awards { get; init; }

    public Guid? OriginProjectId { get; init; }

    public PracticeContent ToContent()
    {
        var fields = new RequestFields();
        var stage = fields.Required(Stage, "stage", "Choose the stage.");
        var evidenceLevel = fields.Required(EvidenceLevel, "evidenceLevel", "Choose the evidence level.");
        var audience = fields.Required(Audience, "audience", "Choose who may open the practice once it is published.");
        fields.ThrowIfInvalid();
        return new PracticeContent(
            Title ?? string.Empty, Summary ?? string.Empty, NeedAndGoals ?? string.Empty, Solution ?? string.Empty,
            ResultsAndEvidence ?? string.Empty, ResourcesAndCosts ?? string.Empty, ConditionsForAdoption ?? string.Empty,
            stage, evidenceLevel, Language ?? string.Empty, audience,
            Themes ?? [], Tags ?? [], TargetGroups ?? [], Contacts ?? [], Links ?? [], Awards ?? [], OriginProjectId);
    }
}
