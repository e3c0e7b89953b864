using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Projects.Contracts;

/// <summary>An external partner organisation of a project: Hyria Koulutus, Laurea.</summary>
public sealed record PartnerOrganisation(string Name, PartnerKind Kind, string? WebAddress = null);

/// <summary>One source of a project's funding; <paramref name="Currency"/> is an ISO 4217 code (EUR).</summary>
public sealed record FundingSource(string Source, decimal Amount, string Currency = "EUR");

/// <summary>
/// The project's shared fields (Markdown in the long texts), edited as a whole by the owner's authors and
/// reviewers and by the team members of accepted participants. Participants, team and milestones are kept apart.
/// </summary>
public sealed record ProjectContent(
    string Title,
    string Summary,
    string NeedAndGoals,
    string Solution,
    string Results,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string Language,
    Audience Audience,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<PartnerOrganisation> Partners,
    IReadOnlyList<FundingSource> Funding,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<ContentLink> Links,
    IReadOnlyList<Award> Awards) : IContentFields<ProjectContent>
{
    public static IReadOnlySet<string> ClassificationFields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "status", "themes", "startDate", "endDate", "partners" };

    public IReadOnlyList<string> ChangedFields(ProjectContent other)
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
        Check("results", Results == other.Results);
        Check("status", Status == other.Status);
        Check("startDate", StartDate == other.StartDate);
        Check("endDate", EndDate == other.EndDate);
        Check("language", Language == other.Language);
        Check("audience", Audience == other.Audience);
        Check("themes", Themes.Order().SequenceEqual(other.Themes.Order()));
        Check("partners", Partners.SequenceEqual(other.Partners));
        Check("funding", Funding.SequenceEqual(other.Funding));
        Check("contacts", Contacts.SequenceEqual(other.Contacts));
        Check("links", Links.SequenceEqual(other.Links));
        Check("awards", Awards.SequenceEqual(other.Awards));
        return changed;
    }

    public IReadOnlyList<(string Field, string Text)> Texts() =>
    [
        ("title", Title), ("summary", Summary), ("needAndGoals", NeedAndGoals), ("solution", Solution), ("results", Results),
    ];

    /// <summary>The year the project started, or null. Not a field of its own: the API shows the content without it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? StartYear => StartDate?.Year;
}
