using System.Globalization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages.Practices.Editor;

/// <summary>
/// What the practice editor posts, field names as in the API (<c>title</c>, <c>contacts[0].email</c>), so that the
/// module's validation errors land on the inputs they are about. Everything is kept as typed (an award year too),
/// so a form with errors comes back exactly as it was sent.
/// </summary>
public sealed class PracticeForm
{
    /// <summary>Empty rows offered under the filled ones, and how many more "add rows" gives.</summary>
    public const int EmptyRows = 2;

    public const int MaxContacts = 10;
    public const int MaxLinks = 20;
    public const int MaxAwards = 10;

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
            Contacts = [.. content.Contacts.Select(c => new ContactRow { Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone })],
            Links = [.. content.Links.Select(l => new LinkRow { Title = l.Title, Url = l.Url })],
            Awards = [.. content.Awards.Select(a => new AwardRow { Name = a.Name, Year = a.Year.ToString(CultureInfo.InvariantCulture), GrantedBy = a.GrantedBy })],
            OriginProjectId = content.OriginProjectId,
        }.WithEmptyRows();
    }

    /// <summary>
    /// Drops the empty rows and adds <see cref="EmptyRows"/> fresh ones (more for <paramref name="moreRowsFor"/>).
    /// The filled rows keep their order, so row i of the form is item i of <see cref="ToContent"/>.
    /// </summary>
    public PracticeForm WithEmptyRows(string? moreRowsFor = null)
    {
        Contacts = Pad(Contacts, MaxContacts, moreRowsFor == "contacts");
        Links = Pad(Links, MaxLinks, moreRowsFor == "links");
        Awards = Pad(Awards, MaxAwards, moreRowsFor == "awards");
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
        [.. Contacts.Where(row => !row.IsEmpty).Select(row => new ContactPerson(row.Name?.Trim() ?? string.Empty, row.Title, row.Email, row.Phone))],
        [.. Links.Where(row => !row.IsEmpty).Select(row => new ContentLink(row.Title?.Trim() ?? string.Empty, row.Url?.Trim() ?? string.Empty))],
        [.. Awards.Where(row => !row.IsEmpty).Select(row => new Award(row.Name?.Trim() ?? string.Empty, row.YearOrZero, row.GrantedBy))],
        OriginProjectId);

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        [.. (tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<T> Pad<T>(List<T> rows, int max, bool more)
        where T : IFormRow, new()
    {
        var filled = rows.Where(row => !row.IsEmpty).ToList();
        var wanted = Math.Min(max, filled.Count + EmptyRows + (more ? EmptyRows : 0));
        while (filled.Count < wanted)
        {
            filled.Add(new T());
        }

        return filled;
    }
}

/// <summary>A repeated row group's row; a row with nothing typed in it is ignored.</summary>
public interface IFormRow
{
    bool IsEmpty { get; }
}

public sealed class ContactRow : IFormRow
{
    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title)
        && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}

public sealed class LinkRow : IFormRow
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}

public sealed class AwardRow : IFormRow
{
    public string? Name { get; set; }

    /// <summary>As typed; a year that is not a number is sent as 0, which the module refuses.</summary>
    public string? Year { get; set; }

    public string? GrantedBy { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(GrantedBy);

    public int YearOrZero => int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
