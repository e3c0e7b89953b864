using System.Globalization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Projects.Pages.Projects.Editor;

/// <summary>
/// What the project editor posts, field names as in the API (<c>title</c>, <c>partners[0].kind</c>,
/// <c>funding[1].amount</c>), so that the module's validation errors land on the inputs they are about. Everything is
/// kept as typed, so a form with errors comes back exactly as it was sent.
/// </summary>
public sealed class ProjectForm
{
    public const int MaxPartners = 20;
    public const int MaxFunding = 20;
    public const int MaxContacts = 10;
    public const int MaxLinks = 20;
    public const int MaxAwards = 10;

    public static readonly IReadOnlyList<string> RowLists = ["partners", "funding", "contacts", "links", "awards"];

    /// <summary>The module's field errors by the inputs, in the order the form shows them.</summary>
    public static readonly FieldErrors Errors = new(
    [
        "title", "summary", "needAndGoals", "solution", "results", "status", "startDate", "endDate", "language", "audience", "themes",
        "partners", "funding", "contacts", "links", "awards",
    ], RowLists);

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? NeedAndGoals { get; set; }

    public string? Solution { get; set; }

    public string? Results { get; set; }

    public ProjectStatus? Status { get; set; }

    /// <summary>As typed: the date picker's 2026-04-30, or the reader's own 30.4.2026.</summary>
    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Language { get; set; }

    public Audience? Audience { get; set; }

    public List<Theme> Themes { get; set; } = [];

    public List<PartnerRow> Partners { get; set; } = [];

    public List<FundingRow> Funding { get; set; } = [];

    public List<ContactRow> Contacts { get; set; } = [];

    public List<LinkRow> Links { get; set; } = [];

    public List<AwardRow> Awards { get; set; } = [];

    /// <summary>The Markdown texts in the order the form shows them, by API field name.</summary>
    public IReadOnlyList<(string Field, string? Text)> LongTexts =>
        [("needAndGoals", NeedAndGoals), ("solution", Solution), ("results", Results)];

    public static ProjectForm ForNewProject(string language) => new ProjectForm
    {
        Language = language,
        Audience = Content.Contracts.Audience.Network,
        Status = ProjectStatus.Planned,
    }.WithEmptyRows();

    public static ProjectForm From(ProjectContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ProjectForm
        {
            Title = content.Title,
            Summary = content.Summary,
            NeedAndGoals = content.NeedAndGoals,
            Solution = content.Solution,
            Results = content.Results,
            Status = content.Status,
            StartDate = content.StartDate is { } start ? ProjectFormat.Iso(start) : null,
            EndDate = content.EndDate is { } end ? ProjectFormat.Iso(end) : null,
            Language = content.Language,
            Audience = content.Audience,
            Themes = [.. content.Themes],
            Partners = [.. content.Partners.Select(PartnerRow.From)],
            Funding = [.. content.Funding.Select(FundingRow.From)],
            Contacts = [.. content.Contacts.Select(ContactRow.From)],
            Links = [.. content.Links.Select(LinkRow.From)],
            Awards = [.. content.Awards.Select(AwardRow.From)],
        }.WithEmptyRows();
    }

    /// <summary>Drops the empty rows and adds fresh ones (more for <paramref name="moreRowsFor"/>): row i of the form is item i of the content.</summary>
    public ProjectForm WithEmptyRows(string? moreRowsFor = null)
    {
        Partners = FormRows.Pad(Partners, MaxPartners, moreRowsFor == "partners");
        Funding = FormRows.Pad(Funding, MaxFunding, moreRowsFor == "funding");
        Contacts = FormRows.Pad(Contacts, MaxContacts, moreRowsFor == "contacts");
        Links = FormRows.Pad(Links, MaxLinks, moreRowsFor == "links");
        Awards = FormRows.Pad(Awards, MaxAwards, moreRowsFor == "awards");
        return this;
    }

    /// <summary>
    /// The content to send. A missing choice goes out as an invalid value, so that the module reports every problem
    /// at once under the field's own name; only what cannot be sent at all (a date or an amount that is not one) is
    /// refused here, by the same field names.
    /// </summary>
    public ProjectContent ToContent()
    {
        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        DateOnly? Date(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var date = ProjectFormat.ParseDate(text);
            if (date is null)
            {
                unreadable[field] = ["Give the date as a date, for example 2026-04-30."];
            }

            return date;
        }

        var start = Date(StartDate, "startDate");
        var end = Date(EndDate, "endDate");
        var funding = Funding.Where(row => !row.IsEmpty).ToList();
        for (var index = 0; index < funding.Count; index++)
        {
            if (funding[index].ParsedAmount is null)
            {
                unreadable[$"funding[{index}].amount"] = ["Give the amount as a number of euros, for example 12 000."];
            }
        }

        if (unreadable.Count > 0)
        {
            throw new RequestValidationException(unreadable);
        }

        return new ProjectContent(
            Title ?? string.Empty,
            Summary ?? string.Empty,
            NeedAndGoals ?? string.Empty,
            Solution ?? string.Empty,
            Results ?? string.Empty,
            Status ?? (ProjectStatus)(-1),
            start,
            end,
            Language ?? string.Empty,
            Audience ?? (Audience)(-1),
            [.. Themes.Distinct()],
            FormRows.Items(Partners, (PartnerRow row) => row.ToPartner()),
            [.. funding.Select(row => row.ToFunding())],
            FormRows.Items(Contacts, (ContactRow row) => row.ToContact()),
            FormRows.Items(Links, (LinkRow row) => row.ToLink()),
            FormRows.Items(Awards, (AwardRow row) => row.ToAward()));
    }
}

public sealed class PartnerRow : IFormRow
{
    public string? Name { get; set; }

    public PartnerKind? Kind { get; set; }

    public string? WebAddress { get; set; }

    /// <summary>A kind alone (the select's default) is not a partner: only a name or an address fills the row.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(WebAddress);

    public static PartnerRow From(PartnerOrganisation partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return new PartnerRow { Name = partner.Name, Kind = partner.Kind, WebAddress = partner.WebAddress };
    }

    public PartnerOrganisation ToPartner() =>
        new(Name?.Trim() ?? string.Empty, Kind ?? (PartnerKind)(-1), string.IsNullOrWhiteSpace(WebAddress) ? null : WebAddress.Trim());
}

public sealed class FundingRow : IFormRow
{
    public string? Source { get; set; }

    /// <summary>As typed, in the reader's format ("12 000,50") or plainly ("12000.50").</summary>
    public string? Amount { get; set; }

    public string? Currency { get; set; } = "EUR";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Amount);

    public decimal? ParsedAmount
    {
        get
        {
            var text = new string([.. (Amount ?? string.Empty).Where(character => !char.IsWhiteSpace(character) && character != '€')]);
            if (text.Length == 0)
            {
                return 0;
            }

            return decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var local) ? local
                : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var plain) ? plain
                : null;
        }
    }

    public static FundingRow From(FundingSource funding)
    {
        ArgumentNullException.ThrowIfNull(funding);
        return new FundingRow
        {
            Source = funding.Source,
            Amount = funding.Amount.ToString(decimal.Truncate(funding.Amount) == funding.Amount ? "0" : "0.00", CultureInfo.CurrentCulture),
            Currency = funding.Currency,
        };
    }

    public FundingSource ToFunding() =>
        new(Source?.Trim() ?? string.Empty, ParsedAmount ?? 0, string.IsNullOrWhiteSpace(Currency) ? "EUR" : Currency.Trim().ToUpperInvariant());
}
