using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>
/// A good practice ("hyvä käytäntö"): what a municipality does that others could adopt. The workflow, revisions,
/// soft delete and version come from <see cref="ContentItem"/>; this class holds only the practice's own fields.
/// </summary>
public sealed class GoodPractice : ContentItem<PracticeContent>
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private GoodPractice()
    {
    }
#pragma warning restore CS8618

    public GoodPractice(PracticeContent content, Guid createdBy, DateTimeOffset now)
        : this(Guid.NewGuid(), content, createdBy, now)
    {
    }

    /// <summary>A draft with a known id, created at <paramref name="now"/>: for imports, which keep the source's ids and dates.</summary>
    internal GoodPractice(Guid id, PracticeContent content, Guid createdBy, DateTimeOffset now)
        : base(id, createdBy, now) => Apply(content);

    public string Summary { get; private set; }

    public string NeedAndGoals { get; private set; }

    public string Solution { get; private set; }

    public string ResultsAndEvidence { get; private set; }

    public string ResourcesAndCosts { get; private set; }

    public string ConditionsForAdoption { get; private set; }

    public PracticeStage Stage { get; private set; }

    public EvidenceLevel EvidenceLevel { get; private set; }

    public string Language { get; private set; }

    /// <summary>Kept in their own indexed table, because browsing filters by theme.</summary>
    public List<PracticeThemeEntry> ThemeEntries { get; private set; } = [];

    public List<string> Tags { get; private set; } = [];

    public List<TargetGroup> TargetGroups { get; private set; } = [];

    public List<ContactPerson> Contacts { get; private set; } = [];

    public List<ContentLink> Links { get; private set; } = [];

    public List<Award> Awards { get; private set; } = [];

    public Guid? OriginProjectId { get; private set; }

    public override PracticeContent Content => new(Title, Summary, NeedAndGoals, Solution, ResultsAndEvidence, ResourcesAndCosts,
        ConditionsForAdoption, Stage, EvidenceLevel, Language, Audience,
        [.. ThemeEntries.Select(entry => entry.Theme).Order()], [.. Tags], [.. TargetGroups], [.. Contacts], [.. Links], [.. Awards],
        OriginProjectId);

    protected override PracticeContent Normalised(PracticeContent content) => Normalise(content);

    /// <summary>Trimmed texts, distinct themes and tags in a stable order: what is stored and compared.</summary>
    public static PracticeContent Normalise(PracticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content with
        {
            Title = content.Title.Trim(),
            Summary = content.Summary.Trim(),
            NeedAndGoals = content.NeedAndGoals.Trim(),
            Solution = content.Solution.Trim(),
            ResultsAndEvidence = content.ResultsAndEvidence.Trim(),
            ResourcesAndCosts = content.ResourcesAndCosts.Trim(),
            ConditionsForAdoption = content.ConditionsForAdoption.Trim(),
            Themes = [.. content.Themes.Distinct().Order()],
            Tags = [.. content.Tags.Select(tag => tag.Trim()).Where(tag => tag.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            TargetGroups = [.. content.TargetGroups.Distinct().Order()],
            Contacts = ContentParts.Contacts(content.Contacts),
            Links = ContentParts.Links(content.Links),
            Awards = ContentParts.Awards(content.Awards),
        };
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Summary), nameof(NeedAndGoals), nameof(Solution),
        nameof(ResultsAndEvidence), nameof(ResourcesAndCosts), nameof(ConditionsForAdoption), nameof(Language))]
    protected override void Apply(PracticeContent content)
    {
        var normal = Normalise(content);
        Title = normal.Title;
        Summary = normal.Summary;
        NeedAndGoals = normal.NeedAndGoals;
        Solution = normal.Solution;
        ResultsAndEvidence = normal.ResultsAndEvidence;
        ResourcesAndCosts = normal.ResourcesAndCosts;
        ConditionsForAdoption = normal.ConditionsForAdoption;
        Stage = normal.Stage;
        EvidenceLevel = normal.EvidenceLevel;
        Language = normal.Language;
        Audience = normal.Audience;
        ThemeEntries.RemoveAll(entry => !normal.Themes.Contains(entry.Theme));
        ThemeEntries.AddRange(normal.Themes.Where(theme => ThemeEntries.All(entry => entry.Theme != theme)).Select(theme => new PracticeThemeEntry(theme)));
        Tags = [.. normal.Tags];
        TargetGroups = [.. normal.TargetGroups];
        Contacts = [.. normal.Contacts];
        Links = [.. normal.Links];
        Awards = [.. normal.Awards];
        OriginProjectId = normal.OriginProjectId;
    }
}

/// <summary>One theme of a practice (a row of <c>GoodPracticeThemes</c>).</summary>
public sealed class PracticeThemeEntry(Theme theme)
{
    public Theme Theme { get; private set; } = theme;
}
