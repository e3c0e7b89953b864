using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Published practices across the network that the reader may open, filtered with a plain GET form (works without
/// JavaScript). Query names are Finnish like the routes; a value that is not one of the choices is reported next
/// to its field and not applied.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<PracticeResource> localizer, IStringLocalizer<ContentResource> shared) : PageModel
{
    public const int PageSize = Paging.DefaultPageSize;

    public const string MunicipalityKey = "kunta";
    public const string RegionKey = "maakunta";
    public const string ThemeKey = "teema";
    public const string StageKey = "vaihe";
    public const string YearKey = "vuosi";
    public const string ArchivedKey = "arkistoidut";
    public const string SortKey = "jarjestys";
    public const string PageKey = "sivu";

    [BindProperty(SupportsGet = true, Name = MunicipalityKey)]
    public string? MunicipalityCode { get; set; }

    [BindProperty(SupportsGet = true, Name = RegionKey)]
    public string? RegionCode { get; set; }

    [BindProperty(SupportsGet = true, Name = ThemeKey)]
    public string? ThemeText { get; set; }

    [BindProperty(SupportsGet = true, Name = StageKey)]
    public string? StageText { get; set; }

    [BindProperty(SupportsGet = true, Name = YearKey)]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = ArchivedKey)]
    public string? ArchivedText { get; set; }

    [BindProperty(SupportsGet = true, Name = SortKey)]
    public string? SortText { get; set; }

    [BindProperty(SupportsGet = true, Name = PageKey)]
    public string? PageText { get; set; }

    public Theme? Theme { get; private set; }

    public PracticeStage? Stage { get; private set; }

    public int? Year { get; private set; }

    public bool IncludeArchived { get; private set; }

    public PracticeSort Sort { get; private set; }

    public MunicipalityLookup Directory { get; private set; } = null!;

    public MunicipalitySummary? Municipality { get; private set; }

    public RegionWithMunicipalities? Region { get; private set; }

    public ContentPage<PracticeSummary> Results { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<PracticeCard> Cards { get; private set; } = [];

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
        Theme = parameters.Choice<Theme>(ThemeText, ThemeKey);
        Stage = parameters.Choice<PracticeStage>(StageText, StageKey);
        Year = parameters.Number(YearText, YearKey, 1900, 2100);
        IncludeArchived = parameters.Flag(ArchivedText, ArchivedKey);
        Sort = parameters.Choice<PracticeSort>(SortText, SortKey) ?? PracticeSort.Published;
        var page = parameters.Page(PageText, PageKey, clamp: true);
        // A value that is not one of the choices is reported by its field, in the reader's language, and not applied.
        foreach (var field in parameters.Errors.Keys)
        {
            ModelState.AddModelError(field, localizer["Browse.InvalidChoice"]);
        }

        var filter = new PracticeFilter(municipalityIds, Theme, Stage, Year, IncludeArchived, Sort);
        Results = await sender.Send(new ListPractices(filter, page, PageSize), cancellationToken);
        Cards = Results.Items.Select(item => PracticeCard.Of(item, Directory)).ToList();
        ActiveFilters = DescribeFilters();
    }

    /// <summary>This list's address with its filters and sort, on <paramref name="page"/>, optionally without one filter.</summary>
    public string UrlFor(int page) => UrlFor(page, without: null);

    public string UrlFor(int page, string? without)
    {
        var query = Query().Where(pair => pair.Key != without).ToList();
        if (page > 1)
        {
            query.Add(new(PageKey, page.ToString(CultureInfo.InvariantCulture)));
        }

        return "/kaytannot" + Microsoft.AspNetCore.Http.QueryString.Create(query);
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

        Add(MunicipalityKey, Municipality?.Code);
        Add(RegionKey, Region?.Region.Code);
        Add(ThemeKey, Theme?.ToString());
        Add(StageKey, Stage?.ToString());
        Add(YearKey, Year?.ToString(CultureInfo.InvariantCulture));
        Add(ArchivedKey, IncludeArchived ? "true" : null);
        Add(SortKey, Sort == PracticeSort.Published ? null : Sort.ToString());
        return query;
    }

    private List<(string, string, string)> DescribeFilters()
    {
        var filters = new List<(string, string, string)>();
        if (Municipality is not null)
        {
            filters.Add((localizer["Browse.Municipality"], MunicipalityNames.Of(Municipality), UrlFor(1, MunicipalityKey)));
        }

        if (Region is not null)
        {
            filters.Add((localizer["Browse.Region"], MunicipalityNames.Of(Region.Region), UrlFor(1, RegionKey)));
        }

        if (Theme is { } theme)
        {
            filters.Add((localizer["Browse.Theme"], shared[$"Theme.{theme}"], UrlFor(1, ThemeKey)));
        }

        if (Stage is { } stage)
        {
            filters.Add((localizer["Browse.Stage"], localizer[$"Stage.{stage}"], UrlFor(1, StageKey)));
        }

        if (Year is { } year)
        {
            filters.Add((localizer["Browse.Year"], year.ToString(CultureInfo.CurrentCulture), UrlFor(1, YearKey)));
        }

        if (IncludeArchived)
        {
            filters.Add((localizer["Browse.Archived"], localizer["Browse.ArchivedIncluded"], UrlFor(1, ArchivedKey)));
        }

        return filters;
    }
}
