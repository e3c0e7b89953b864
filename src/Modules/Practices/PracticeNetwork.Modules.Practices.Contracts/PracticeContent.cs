using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>
/// Everything an author writes about a practice (Markdown in the long texts). <see cref="OriginProjectId"/> links the
/// development project that produced it, once projects exist.
/// </summary>
public sealed record PracticeContent(
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
    Audience Audience,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<ContentLink> Links,
    IReadOnlyList<Award> Awards,
    Guid? OriginProjectId = null) : IContentFields<PracticeContent>
{
    public static IReadOnlySet<string> ClassificationFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "stage", "evidenceLevel", "themes" };

    /// <summary>The field names (as in the API) whose values differ from <paramref name="other"/>.</summary>
    public IReadOnlyList<string> ChangedFields(PracticeContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = new List<string>();
        void Check(string name, bool same)
        {
            if (!same)
            {
                changed.Add(name);
            }
        }

        Check("title", Title == other.Title);
        Check("summary", Summary == other.Summary);
        Check("needAndGoals", NeedAndGoals == other.NeedAndGoals);
        Check("solution", Solution == other.Solution);
        Check("resultsAndEvidence", ResultsAndEvidence == other.ResultsAndEvidence);
        Check("resourcesAndCosts", ResourcesAndCosts == other.ResourcesAndCosts);
        Check("conditionsForAdoption", ConditionsForAdoption == other.ConditionsForAdoption);
        Check("stage", Stage == other.Stage);
        Check("evidenceLevel", EvidenceLevel == other.EvidenceLevel);
        Check("language", Language == other.Language);
        Check("audience", Audience == other.Audience);
        Check("themes", Themes.Order().SequenceEqual(other.Themes.Order()));
        Check("tags", Tags.SequenceEqual(other.Tags));
        Check("targetGroups", TargetGroups.Order().SequenceEqual(other.TargetGroups.Order()));
        Check("contacts", Contacts.SequenceEqual(other.Contacts));
        Check("links", Links.SequenceEqual(other.Links));
        Check("awards", Awards.SequenceEqual(other.Awards));
        Check("originProjectId", OriginProjectId == other.OriginProjectId);
        return changed;
    }

    /// <summary>The long Markdown texts by API field name, for diffs.</summary>
    public IReadOnlyList<(string Field, string Text)> Texts() =>
    [
        ("title", Title), ("summary", Summary), ("needAndGoals", NeedAndGoals), ("solution", Solution),
        ("resultsAndEvidence", ResultsAndEvidence), ("resourcesAndCosts", ResourcesAndCosts),
        ("conditionsForAdoption", ConditionsForAdoption),
    ];
}
