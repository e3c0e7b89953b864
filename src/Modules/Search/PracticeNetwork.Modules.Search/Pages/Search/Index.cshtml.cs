using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Querying;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Text;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Search.Pages.Search;

/// <summary>One value of a facet as the page shows it: its label, count, and whether the reader has it selected.</summary>
public sealed record FacetChoice(string Value, string Label, int Count, bool Selected);

/// <summary>A facet as the page shows it: a group of checkboxes named like the query parameter.</summary>
public sealed record FacetGroup(string Parameter, string Title, IReadOnlyList<FacetChoice> Choices);

/// <summary>
/// /haku: the network's search. A plain GET form (works without JavaScript): the words, the facets as checkboxes
/// with the count of each value in the results, the sort. Every number on the page is of items the reader may open.
/// </summary>
public sealed class IndexModel(
    ISender sender, IStringLocalizer<SearchResource> texts, IStringLocalizer<Web.ContentResource> content, SearchDescription description) : PageModel
{
    public const string Route = "/haku";

    private const int MunicipalityMatches = 5;
    private const int FacetValuesShown = 12;

    private static readonly SearchParameterNames Names = SearchParameterNames.Pages;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "tyyppi")]
    public List<string> Kinds { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "kunta")]
    public List<string> MunicipalityCodes { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "maakunta")]
    public List<string> RegionCodes { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "teema")]
    public List<string> Themes { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "vaihe")]
    public List<string> Stages { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "vuosi")]
    public List<string> Years { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "naytto")]
    public List<string> EvidenceLevels { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "mittarit")]
    public string? HasKpisText { get; set; }

    [BindProperty(SupportsGet = true, Name = "arkistoidut")]
    public string? ArchivedText { get; set; }

    [BindProperty(SupportsGet = true, Name = "jarjestys")]
    public string? SortText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sivu")]
    public string? PageText { get; set; }

    public SearchItems Search { get; private set; } = new(null, SearchFilters.None, SearchSort.Newest, 1, Paging.DefaultPageSize);

    public SearchResults Results { get; private set; } = new(0, 1, Paging.DefaultPageSize, [], [], null, Ready: true);

    public MunicipalityLookup Directory { get; private set; } = null!;

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    /// <summary>Municipalities whose name holds the words: a reader looking for a municipality goes straight to it.</summary>
    public IReadOnlyList<MunicipalitySummary> Municipalities { get; private set; } = [];

    /// <summary>Each bad parameter and what was wrong, in the reader's language; none of them was applied.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public Pager Pager => new(Results.Page, Results.PageCount, UrlFor);

    public bool IsFiltered => !Search.Filters.IsEmpty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var raw = new RawSearchParameters(Text, Kinds, MunicipalityCodes, RegionCodes, Themes, Stages, Years, EvidenceLevels,
            HasKpisText, ArchivedText, SortText, PageText, PageSize: null);
        var (request, parsed) = SearchParameters.Read(raw, Names, Directory, clampPage: true);
        Problems = [.. parsed.Errors.Keys.Order(StringComparer.Ordinal).Select(field => texts["Search.InvalidParameter", FieldLabel(field)].Value)];
        Search = request;
        Results = await sender.Send(request, cancellationToken);
        Facets = DescribeFacets();
        Municipalities = MatchingMunicipalities(request.Text);
    }

    /// <summary>This search as a member follows it (its words and facets); empty when it has neither.</summary>
    public string SavedSearch => SavedSearchText.Write(Search, Directory);

    public string SavedSearchLabel => description.Of(Search, Directory);

    public string UrlFor(int page) => AddressOf(page, Search.Sort);

    /// <summary>This search sorted by <paramref name="sort"/>, from its first page.</summary>
    public string UrlSortedBy(SearchSort sort) => AddressOf(1, sort);

    /// <summary>This search with <paramref name="text"/> in place of the reader's words (the "did you mean" link).</summary>
    public string UrlWithText(string text) => Route + QueryString.Create(Query(text, Search.Sort, page: 1));

    public string KindLabel(string kind) => texts[$"Kind.{kind}"];

    public string MunicipalityName(Guid id) => Directory.NameOf(id);

    public string StageLabel(string stage) => texts[$"Stage.{stage}"];

    private string AddressOf(int page, SearchSort sort) => Route + QueryString.Create(Query(Search.Text, sort, page));

    private List<KeyValuePair<string, string?>> Query(string? text, SearchSort sort, int page)
    {
        var query = SavedSearchText.Parameters(Search, text, Directory);
        var defaultSort = text is null ? SearchSort.Newest : SearchSort.Relevance;
        if (sort != defaultSort)
        {
            query.Add(new(Names.Sort, sort.ToString()));
        }

        if (page > 1)
        {
            query.Add(new(Names.Page, page.ToString(CultureInfo.InvariantCulture)));
        }

        return query;
    }

    private List<FacetGroup> DescribeFacets()
    {
        var filters = Search.Filters;
        var counts = Results.Facets.ToDictionary(facet => facet.Name, facet => facet.Values, StringComparer.Ordinal);
        FacetGroup Group(string facet, string parameter, IEnumerable<string> selected, Func<string, string> label, bool byLabel = false)
        {
            var values = counts.GetValueOrDefault(facet) ?? [];
            var chosen = selected.ToHashSet(StringComparer.Ordinal);
            var choices = values.Select(value => new FacetChoice(value.Value, label(value.Value), value.Count, chosen.Contains(value.Value)))
                .Concat(chosen.Where(value => values.All(counted => counted.Value != value)).Select(value => new FacetChoice(value, label(value), 0, Selected: true)))
                .ToList();
            var ordered = byLabel
                ? choices.OrderBy(choice => choice.Label, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
                : choices.OrderByDescending(choice => choice.Selected).ThenByDescending(choice => choice.Count);
            var shown = ordered.Where((choice, index) => choice.Selected || index < FacetValuesShown).ToList();
            return new FacetGroup(parameter, texts[$"Facet.{facet}"], shown);
        }

        var groups = new List<FacetGroup>
        {
            Group(SearchFacetNames.Kind, Names.Kind, filters.Kinds, KindLabel),
            Group(SearchFacetNames.Theme, Names.Theme, filters.Themes.Select(theme => theme.ToString()), theme => content[$"Theme.{theme}"]),
            Group(SearchFacetNames.Region, Names.Region, filters.Regions, code => Directory.Region(code) is { } region ? MunicipalityNames.Of(region.Region) : code),
            Group(SearchFacetNames.Municipality, Names.Municipality,
                filters.Municipalities.Select(id => id.ToString("N")), id => Directory.NameOf(Guid.ParseExact(id, "N"))),
            Group(SearchFacetNames.Stage, Names.Stage, filters.Stages, StageLabel),
            Group(SearchFacetNames.EvidenceLevel, Names.EvidenceLevel, filters.EvidenceLevels, level => texts[$"Evidence.{level}"]),
            Group(SearchFacetNames.Year, Names.Year, filters.Years.Select(year => year.ToString(CultureInfo.InvariantCulture)), year => year),
            Group(SearchFacetNames.HasKpis, Names.HasKpis, filters.HasKpis is { } kpis ? [kpis ? "true" : "false"] : [], value => texts[$"HasKpis.{value}"]),
        };

        // The municipality facet's values are ids in the index and codes in addresses.
        var municipalities = groups[3];
        groups[3] = municipalities with
        {
            Choices = [.. municipalities.Choices.Select(choice => choice with { Value = Directory.ById(Guid.ParseExact(choice.Value, "N"))?.Code ?? choice.Value })],
        };
        return [.. groups.Where(group => group.Choices.Count > 0)];
    }

    private List<MunicipalitySummary> MatchingMunicipalities(string? text)
    {
        if (text is not { Length: >= 2 })
        {
            return [];
        }

        var folded = SearchText.Fold(text);
        return [.. Directory.Regions.SelectMany(group => group.Municipalities)
            .Where(municipality => SearchText.Fold(municipality.NameFi).Contains(folded, StringComparison.Ordinal)
                || SearchText.Fold(municipality.NameSv).Contains(folded, StringComparison.Ordinal))
            .OrderBy(municipality => MunicipalityNames.Of(municipality), StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .Take(MunicipalityMatches)];
    }

    private string FieldLabel(string field) => texts[$"Parameter.{field}"];
}
