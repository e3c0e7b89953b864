using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>
/// Process descriptions the reader may open, filtered with a plain GET form (works without JavaScript): municipality,
/// region, theme, measured ones only and a network KPI. A value that is not one of the choices is reported by its
/// field and not applied.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<ProcessResource> texts, IStringLocalizer<ContentResource> shared) : PageModel
{
    public const int PageSize = Paging.DefaultPageSize;

    public const string MunicipalityKey = "kunta";
    public const string RegionKey = "maakunta";
    public const string ThemeKey = "teema";
    public const string MeasuredKey = "mitatut";
    public const string NetworkKpiKey = "mittari";
    public const string ArchivedKey = "arkistoidut";
    public const string PageKey = "sivu";

    [BindProperty(SupportsGet = true, Name = MunicipalityKey)]
    public string? MunicipalityCode { get; set; }

    [BindProperty(SupportsGet = true, Name = RegionKey)]
    public string? RegionCode { get; set; }

    [BindProperty(SupportsGet = true, Name = ThemeKey)]
    public string? ThemeText { get; set; }

    [BindProperty(SupportsGet = true, Name = MeasuredKey)]
    public string? MeasuredText { get; set; }

    [BindProperty(SupportsGet = true, Name = NetworkKpiKey)]
    public string? NetworkKpiCode { get; set; }

    [BindProperty(SupportsGet = true, Name = ArchivedKey)]
    public string? ArchivedText { get; set; }

    [BindProperty(SupportsGet = true, Name = PageKey)]
    public string? PageText { get; set; }

    public MunicipalityLookup Directory { get; private set; } = null!;

    public IReadOnlyList<NetworkKpiDefinition> NetworkKpis { get; private set; } = [];

    public MunicipalitySummary? Municipality { get; private set; }

    public RegionWithMunicipalities? Region { get; private set; }

    public Theme? Theme { get; private set; }

    public bool MeasuredOnly { get; private set; }

    public NetworkKpiDefinition? NetworkKpi { get; private set; }

    public bool IncludeArchived { get; private set; }

    public ContentPage<ProcessSummary> Results { get; private set; } = new([], 0, 1, PageSize);

    public BrowseQuery Query { get; private set; } = new(ProcessPages.List, PageKey);

    public Pager Pager => new(Results.Page, Results.PageCount, Query.UrlFor);

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        NetworkKpis = await sender.Send(new ListNetworkKpis(), cancellationToken);
        var parameters = new ListParameters();
        var municipalityIds = parameters.Municipalities([MunicipalityCode], MunicipalityKey, RegionCode, RegionKey, Directory);
        Municipality = Directory.ByCode(MunicipalityCode);
        Region = Directory.Region(RegionCode);
        Theme = parameters.Choice<Theme>(ThemeText, ThemeKey);
        MeasuredOnly = parameters.Flag(MeasuredText, MeasuredKey);
        IncludeArchived = parameters.Flag(ArchivedText, ArchivedKey);
        NetworkKpi = ResolveNetworkKpi(parameters);
        var page = parameters.Page(PageText, PageKey, clamp: true);
        foreach (var field in parameters.Errors.Keys)
        {
            ModelState.AddModelError(field, texts["Browse.InvalidChoice"]);
        }

        var filter = new ProcessFilter(municipalityIds, Theme, MeasuredOnly ? true : null, NetworkKpi?.Id, IncludeArchived);
        Results = await sender.Send(new ListProcesses(filter, page, PageSize), cancellationToken);
        Query = new BrowseQuery(ProcessPages.List, PageKey)
            .Add(MunicipalityKey, Municipality?.Code, texts["Browse.Municipality"], Municipality is null ? null : MunicipalityNames.Of(Municipality))
            .Add(RegionKey, Region?.Region.Code, texts["Browse.Region"], Region is null ? null : MunicipalityNames.Of(Region.Region))
            .Add(ThemeKey, Theme?.ToString(), texts["Browse.Theme"], Theme is { } theme ? shared[$"Theme.{theme}"].Value : null)
            .Add(MeasuredKey, MeasuredOnly ? "true" : null, texts["Browse.Measured"], texts["Browse.MeasuredOnly"])
            .Add(NetworkKpiKey, NetworkKpi?.Code, texts["Browse.NetworkKpi"], NetworkKpi?.NameIn(Language))
            .Add(ArchivedKey, IncludeArchived ? "true" : null, texts["Browse.Archived"], texts["Browse.ArchivedIncluded"]);
    }

    private NetworkKpiDefinition? ResolveNetworkKpi(ListParameters parameters)
    {
        if (string.IsNullOrWhiteSpace(NetworkKpiCode))
        {
            return null;
        }

        var found = NetworkKpis.FirstOrDefault(kpi => string.Equals(kpi.Code, NetworkKpiCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            parameters.Fail(NetworkKpiKey, $"No network KPI with the code {NetworkKpiCode.Trim()}.");
        }

        return found;
    }
}
