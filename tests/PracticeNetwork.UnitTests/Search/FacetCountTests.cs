using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.SharedKernel.Content;
using static PracticeNetwork.UnitTests.Search.SearchSamples;

namespace PracticeNetwork.UnitTests.Search;

/// <summary>Each facet number is the number of results that choosing it leaves; archived items only when asked for.</summary>
public sealed class FacetCountTests : IDisposable
{
    private readonly TestSearchIndex _index = new(
        Item("Laskutus Espoossa", "Laskutus keskitettiin.", municipality: Espoo, year: 2023, themes: [Theme.FinanceAndAdministration, Theme.Digitalisation]),
        Item("Laskutus Kärkölässä", "Laskutus tiimeissä.", municipality: Karkola, year: 2024, facets: new SearchFacets("Established", "Evaluated", HasKpis: false)),
        Item("Laskutusprosessi", "Laskutus vaiheittain.", municipality: Karkola, kind: SearchKinds.Process, year: 2024, facets: new SearchFacets(null, null, HasKpis: true)),
        Item("Laskutushanke", "Laskutus yhdessä.", municipality: Loppi, kind: SearchKinds.Project, year: 2025, themes: [Theme.Digitalisation],
            facets: new SearchFacets("Ongoing", null, HasKpis: false)),
        Item("Arkistoitu laskutus", "Laskutus ennen.", municipality: Espoo, year: 2019, status: PublicationStatus.Archived));

    [Fact]
    public void Choosing_any_facet_value_leaves_as_many_results_as_its_count()
    {
        var all = _index.Search(Anonymous, "laskutus");
        Assert.Equal(4, all.Total);

        foreach (var facet in all.Facets)
        {
            foreach (var value in facet.Values)
            {
                var narrowed = _index.Search(Anonymous, "laskutus", Choose(facet.Name, value.Value));
                Assert.True(value.Count == narrowed.Total, $"{facet.Name}={value.Value}: count {value.Count}, results {narrowed.Total}");
            }
        }
    }

    [Fact]
    public void Values_within_a_facet_widen_and_facets_narrow()
    {
        Assert.Equal(3, _index.Search(Anonymous, "laskutus", SearchFilters.None with { Years = [2024, 2025] }).Total);
        Assert.Equal(1, _index.Search(Anonymous, "laskutus", SearchFilters.None with { Years = [2024, 2025], Kinds = [SearchKinds.Process] }).Total);
    }

    [Fact]
    public void Archived_items_are_left_out_unless_asked_for_and_then_say_so()
    {
        Assert.DoesNotContain(_index.Search(Anonymous, "laskutus").Hits, hit => hit.Archived);

        var withArchived = _index.Search(Anonymous, "laskutus", SearchFilters.None with { IncludeArchived = true });

        Assert.Equal(5, withArchived.Total);
        Assert.True(withArchived.Hits.Single(hit => hit.Title == "Arkistoitu laskutus").Archived);
    }

    private static SearchFilters Choose(string facet, string value) => facet switch
    {
        SearchFacetNames.Kind => SearchFilters.None with { Kinds = [value] },
        SearchFacetNames.Municipality => SearchFilters.None with { Municipalities = [Guid.ParseExact(value, "N")] },
        SearchFacetNames.Region => SearchFilters.None with { Regions = [value] },
        SearchFacetNames.Theme => SearchFilters.None with { Themes = [Enum.Parse<Theme>(value)] },
        SearchFacetNames.Stage => SearchFilters.None with { Stages = [value] },
        SearchFacetNames.Year => SearchFilters.None with { Years = [int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] },
        SearchFacetNames.EvidenceLevel => SearchFilters.None with { EvidenceLevels = [value] },
        _ => SearchFilters.None with { HasKpis = bool.Parse(value) },
    };

    public void Dispose() => _index.Dispose();
}
