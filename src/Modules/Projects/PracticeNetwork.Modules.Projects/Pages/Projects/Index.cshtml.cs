using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// Development projects the reader may open, filtered with a plain GET form (works without JavaScript): status,
/// municipality (owner or participant), region, theme, a year the project ran in, joint projects only and a partner
/// organisation's name. A value that is not one of the choices is reported by its field and not applied.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared) : PageModel
{
    public const int PageSize = Paging.DefaultPageSize;
    public const int MaxPartnerLength = 200;

    public const string StatusKey = "tila";
    public const string MunicipalityKey = "kunta";
    public const string RegionKey = "maakunta";
    public const string ThemeKey = "teema";
    public const string YearKey = "vuosi";
    public const string JointKey = "yhteiset";
    public const string PartnerKey = "kumppani";
    public const string ArchivedKey = "arkistoidut";
    public const string SortKey = "jarjestys";
    public const string PageKey = "sivu";

    [BindProperty(SupportsGet = true, Name = StatusKey)]
    public string? StatusText { get; set; }

    [BindProperty(SupportsGet = true, Name = MunicipalityKey)]
    public string? MunicipalityCode { get; set; }

    [BindProperty(SupportsGet = true, Name = RegionKey)]
    public string? RegionCode { get; set; }

    [BindProperty(SupportsGet = true, Name = ThemeKey)]
    public string? ThemeText { get; set; }

    [BindProperty(SupportsGet = true, Name = YearKey)]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = JointKey)]
    public string? JointText { get; set; }

    [BindProperty(SupportsGet = true, Name = PartnerKey)]
    public string? PartnerText { get; set; }

    [BindProperty(SupportsGet = true, Name = ArchivedKey)]
    public string? ArchivedText { get; set; }

    [BindProperty(SupportsGet = true, Name = SortKey)]
    public string? SortText { get; set; }

    [BindProperty(SupportsGet = true, Name = PageKey)]
    public string? PageText { get; set; }

    public ProjectStatus? Status { get; private set; }

    public Theme? Theme { get; private set; }

    public int? Year { get; private set; }

    public bool JointOnly { get; private set; }

    public string? Partner { get; private set; }

    public bool IncludeArchived { get; private set; }

    public ProjectSort Sort { get; private set; }

    public MunicipalityLookup Directory { get; private set; } = null!;

    public MunicipalitySummary? Municipality { get; private set; }

    public RegionWithMunicipalities? Region { get; private set; }

    public ContentPage<ProjectSummary> Results { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<ProjectCard> Cards { get; private set; } = [];

    public Pager Pager => new(Results.Page, Results.PageCount, UrlFor);

    /// <summary>The filters in force, each with the address of the same list without it.</summary>
    public IReadOnlyList<(string Label, string Value, string RemoveUrl)> ActiveFilters { get; private set; } = [];

    public bool IsFiltered => ActiveFilters.Count > 0;

    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var parameters = new ListParameters();
        var municipalityIds = parameters.Municipalities([MunicipalityCode], MunicipalityKey, RegionCode, RegionKey, Directory);
        Municipality = Directory.ByCode(MunicipalityCode);
        Region = Directory.Region(RegionCode);
        Status = parameters.Choice<ProjectStatus>(StatusText, StatusKey);
        Theme = parameters.Choice<Theme>(ThemeText, ThemeKey);
        Year = parameters.Number(YearText, YearKey, 1900, 2100);
        JointOnly = parameters.Flag(JointText, JointKey);
        IncludeArchived = parameters.Flag(ArchivedText, ArchivedKey);
        Sort = parameters.Choice<ProjectSort>(SortText, SortKey) ?? ProjectSort.Started;
        var page = parameters.Page(PageText, PageKey, clamp: true);
        foreach (var field in parameters.Errors.Keys)
        {
            ModelState.AddModelError(field, texts["Browse.InvalidChoice"]);
        }

        Partner = PartnerText?.Trim() is { Length: > 0 } partner ? partner : null;
        if (Partner is { Length: > MaxPartnerLength })
        {
            ModelState.AddModelError(PartnerKey, texts["Browse.PartnerTooLong", MaxPartnerLength]);
            Partner = null;
        }

        var filter = new ProjectFilter(municipalityIds, Theme, Status, Year, JointOnly, Partner, IncludeArchived, Sort);
        Results = await sender.Send(new ListProjects(filter, page, PageSize), cancellationToken);
        Cards = [.. Results.Items.Select(item => ProjectCard.Of(item, Directory))];
        ActiveFilters = DescribeFilters();
    }

    public string UrlFor(int page) => UrlFor(page, without: null);

    /// <summary>This list's address with its filters and sort, on <paramref name="page"/>, optionally without one filter.</summary>
    public string UrlFor(int page, string? without)
    {
        var query = Query().Where(pair => pair.Key != without).ToList();
        if (page > 1)
        {
            query.Add(new(PageKey, page.ToString(CultureInfo.InvariantCulture)));
        }

        return "/hankkeet" + QueryString.Create(query);
    }

    private List<KeyValuePair<string, string?>> Query()
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                query.Add(new(key, value));
            }
        }

        Add(StatusKey, Status?.ToString());
        Add(MunicipalityKey, Municipality?.Code);
        Add(RegionKey, Region?.Region.Code);
        Add(ThemeKey, Theme?.ToString());
        Add(YearKey, Year?.ToString(CultureInfo.InvariantCulture));
        Add(JointKey, JointOnly ? "true" : null);
        Add(PartnerKey, Partner);
        Add(ArchivedKey, IncludeArchived ? "true" : null);
        Add(SortKey, Sort == ProjectSort.Started ? null : Sort.ToString());
        return query;
    }

    private List<(string, string, string)> DescribeFilters()
    {
        var filters = new List<(string, string, string)>();
        if (Status is { } status)
        {
            filters.Add((texts["Field.status"], texts[$"ProjectStatus.{status}"], UrlFor(1, StatusKey)));
        }

        if (Municipality is not null)
        {
            filters.Add((texts["Browse.Municipality"], MunicipalityNames.Of(Municipality), UrlFor(1, MunicipalityKey)));
        }

        if (Region is not null)
        {
            filters.Add((texts["Browse.Region"], MunicipalityNames.Of(Region.Region), UrlFor(1, RegionKey)));
        }

        if (Theme is { } theme)
        {
            filters.Add((texts["Browse.Theme"], shared[$"Theme.{theme}"], UrlFor(1, ThemeKey)));
        }

        if (Year is { } year)
        {
            filters.Add((texts["Browse.Year"], year.ToString(CultureInfo.CurrentCulture), UrlFor(1, YearKey)));
        }

        if (JointOnly)
        {
            filters.Add((texts["Browse.Joint"], texts["Browse.JointOnly"], UrlFor(1, JointKey)));
        }

        if (Partner is not null)
        {
            filters.Add((texts["Browse.Partner"], Partner, UrlFor(1, PartnerKey)));
        }

        if (IncludeArchived)
        {
            filters.Add((texts["Browse.Archived"], texts["Browse.ArchivedIncluded"], UrlFor(1, ArchivedKey)));
        }

        return filters;
    }
}
