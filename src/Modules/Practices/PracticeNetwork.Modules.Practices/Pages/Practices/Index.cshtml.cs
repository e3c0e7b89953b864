using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Published practices across the network that the reader may open, filtered with a plain GET form (works without
/// JavaScript). Query names are Finnish like the routes; a value that is not one of the choices is reported next
/// to its field and not applied.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<PracticeResource> localizer) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Far beyond any real list; keeps the offset sent to the database small.</summary>
    private const int MaxPage = 10_000;

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
    public Theme? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = StageKey)]
    public PracticeStage? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = YearKey)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = ArchivedKey)]
    public bool IncludeArchived { get; set; }

    [BindProperty(SupportsGet = true, Name = SortKey)]
    public PracticeSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = PageKey)]
    public int PageNumber { get; set; } = 1;

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
        ReplaceBindingErrors();
        Municipality = Directory.ByCode(MunicipalityCode);
        if (!string.IsNullOrWhiteSpace(MunicipalityCode) && Municipality is null)
        {
            Invalid(MunicipalityKey);
        }

        Region = Directory.Region(RegionCode);
        if (!string.IsNullOrWhiteSpace(RegionCode) && Region is null)
        {
            Invalid(RegionKey);
        }

        if (Year is < 1900 or > 2100)
        {
            Invalid(YearKey);
            Year = null;
        }

        PageNumber = Math.Clamp(PageNumber, 1, MaxPage);
        var filter = new PracticeFilter(MunicipalityIds(), Theme, Stage, Year, IncludeArchived, Sort);
        Results = await sender.Send(new ListPractices(filter, PageNumber, PageSize), cancellationToken);
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

    private List<Guid>? MunicipalityIds()
    {
        var ids = Region?.Municipalities.Select(municipality => municipality.Id).ToList();
        if (Municipality is not null)
        {
            ids = ids is null || ids.Contains(Municipality.Id) ? [Municipality.Id] : [];
        }

        return ids;
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
            filters.Add((localizer["Browse.Theme"], localizer[$"Theme.{theme}"], UrlFor(1, ThemeKey)));
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

    /// <summary>Values that do not bind (teema=foo, vuosi=abc) get one message in the reader's language.</summary>
    private void ReplaceBindingErrors()
    {
        foreach (var key in new[] { ThemeKey, StageKey, YearKey, ArchivedKey, SortKey, PageKey })
        {
            if (ModelState[key] is { Errors.Count: > 0 })
            {
                ModelState[key]!.Errors.Clear();
                Invalid(key);
            }
        }
    }

    private void Invalid(string key) => ModelState.AddModelError(key, localizer["Browse.InvalidChoice"]);
}
