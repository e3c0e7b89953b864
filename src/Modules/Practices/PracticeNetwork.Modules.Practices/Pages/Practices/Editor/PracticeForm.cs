using System.Globalization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Practices.Pages.Practices.Editor;

/// <summary>
/// What the practice editor posts, field names as in the API (<c>title</c>, <c>contacts[0].email</c>), so that the
/// module's validation errors land on the inputs they are about. Everything is kept as typed (an award year too),
/// so a form with errors comes back exactly as it was sent.
/// </summary>
public sealed class PracticeForm
{
    public const int MaxContacts = 10;
    public const int MaxLinks = 20;
    public const int MaxAwards = 10;

    /// <summary>The module's field errors by the inputs, in the order the form shows them.</summary>
    public static readonly FieldErrors Errors = new(
    [
        "title", "summary", "needAndGoals", "solution", "resultsAndEvidence", "resourcesAndCosts", "conditionsForAdoption",
        "stage", "evidenceLevel", "language", "audience", "themes", "targetGroups", "tags", "contacts", "links", "awards",
    ], ["contacts", "links", "awards"]);

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? NeedAndGoals { get; set; }

    public string? Solution { get; set; }

    public string? ResultsAndEvidence { get; set; }

    public string? ResourcesAndCosts { get; set; }

    public string? ConditionsForAdoption { get; set; }

    public PracticeStage? Stage { get; set; }

    public EvidenceLevel? EvidenceLevel { get; set; }

    public string? Language { get; set; }

    public Audience? Audience { get; set; }

    public List<Theme> Themes { get; set; } = [];

    public List<TargetGroup> TargetGroups { get; set; } = [];

    /// <summary>Comma-separated, as typed.</summary>
    public string? Tags { get; set; }

    public List<ContactRow> Contacts { get; set; } = [];

    public List<LinkRow> Links { get; set; } = [];

    public List<AwardRow> Awards { get; set; } = [];

    /// <summary>Not edited here yet; carried through so that saving never clears it.</summary>
    public Guid? OriginProjectId { get; set; }

    /// <summary>The Markdown texts in the order the form shows them, by API field name.</summary>
    public IReadOnlyList<(string Field, string? Text)> LongTexts =>
    [
        ("needAndGoals", NeedAndGoals), ("solution", Solution), ("resultsAndEvidence", ResultsAndEvidence),
        ("resourcesAndCosts", ResourcesAndCosts), ("conditionsForAdoption", ConditionsForAdoption),
    ];

    public static PracticeForm ForNewPractice(string language) => new PracticeForm
    {
        Language = language,
        Audience = PracticeNetwork.Content.Contracts.Audience.Network,
    }.WithEmptyRows();

    public static PracticeForm From(PracticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PracticeForm
        {
            Title = content.Title,
            Summary = content.Summary,
            NeedAndGoals = content.NeedAndGoals,
            Solution = content.Solution,
            ResultsAndEvidence = content.ResultsAndEvidence,
            ResourcesAndCosts = content.ResourcesAndCosts,
            ConditionsForAdoption = content.ConditionsForAdoption,
            Stage = content.Stage,
            EvidenceLevel = content.EvidenceLevel,
            Language = content.Language,
            Audience = content.Audience,
            Themes = [.. content.Themes],
            TargetGroups = [.. content.TargetGroups],
            Tags = string.Join(", ", content.Tags),
            Contacts = [.. content.Contacts.Select(ContactRow.From)],
            Links = [.. content.Links.Select(LinkRow.From)],
            Awards = [.. content.Awards.Select(AwardRow.From)],
            OriginProjectId = content.OriginProjectId,
        }.WithEmptyRows();
    }

    /// <summary>
    /// Drops the empty rows and adds fresh ones (more for <paramref name="moreRowsFor"/>), as <see cref="FormRows.Pad"/>
    /// says: row i of the form is item i of <see cref="ToContent"/>.
    /// </summary>
    public PracticeForm WithEmptyRows(string? moreRowsFor = null)
    {
        Contacts = FormRows.Pad(Contacts, MaxContacts, moreRowsFor == "contacts");
        Links = FormRows.Pad(Links, MaxLinks, moreRowsFor == "links");
        Awards = FormRows.Pad(Awards, MaxAwards, moreRowsFor == "awards");
        return this;
    }

    /// <summary>
    /// The content to send. Nothing is judged here: a missing choice or a year that is not a number goes out as
    /// an invalid value, so the module's validation reports every problem at once, under the field's own name.
    /// </summary>
    public PracticeContent ToContent() => new(
        Title ?? string.Empty,
        Summary ?? string.Empty,
        NeedAndGoals ?? string.Empty,
        Solution ?? string.Empty,
        ResultsAndEvidence ?? string.Empty,
        ResourcesAndCosts ?? string.Empty,
        ConditionsForAdoption ?? string.Empty,
        Stage ?? (PracticeStage)(-1),
        EvidenceLevel ?? (EvidenceLevel)(-1),
        Language ?? string.Empty,
        Audience ?? (Audience)(-1),
        [.. Themes.Distinct()],
        SplitTags(Tags),
        [.. TargetGroups.Distinct()],
        FormRows.Items(Contacts, (ContactRow row) => row.ToContact()),
        FormRows.Items(Links, (LinkRow row) => row.ToLink()),
        FormRows.Items(Awards, (AwardRow row) => row.ToAward()),
        OriginProjectId);

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        [.. (tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
