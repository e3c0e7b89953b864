using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using static PracticeNetwork.UnitTests.Search.SearchSamples;

namespace PracticeNetwork.UnitTests.Search;

/// <summary>
/// The visibility matrix in the engine: a result, the total, every facet count, a snippet and a suggestion exist only
/// for items the reader may open (anonymous, a member of another municipality, the owner's member, a participant).
/// </summary>
public sealed class PermissionTrimmingTests : IDisposable
{
    private readonly TestSearchIndex _index = new(
        Item("Julkinen laskutus", "Laskutus kaikille.", municipality: Espoo, audience: Audience.Public),
        Item("Verkoston laskutus", "Laskutus jäsenille.", municipality: Espoo, audience: Audience.Network, themes: [Theme.Digitalisation]),
        Item("Espoon sisäinen laskutus", "Laskutus Espoon omille. Salasanalista.", municipality: Espoo, audience: Audience.Internal, themes: [Theme.Digitalisation]),
        Item("Kärkölän yhteishanke laskutus", "Laskutus yhteishankkeessa. Hankekumppanuus.", municipality: Karkola, audience: Audience.Internal,
            kind: SearchKinds.Project, alsoOpenedBy: [Loppi], themes: [Theme.Digitalisation]));

    public static TheoryData<string, string[]> Matrix() => new()
    {
        { "anonymous", ["Julkinen laskutus"] },
        { "Vaasa", ["Julkinen laskutus", "Verkoston laskutus"] },
        { "Espoo", ["Espoon sisäinen laskutus", "Julkinen laskutus", "Verkoston laskutus"] },
        { "Kärkölä", ["Julkinen laskutus", "Kärkölän yhteishanke laskutus", "Verkoston laskutus"] },
        { "Loppi", ["Julkinen laskutus", "Kärkölän yhteishanke laskutus", "Verkoston laskutus"] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void A_reader_finds_and_counts_only_what_they_may_open(string who, string[] expected)
    {
        var reader = ReaderCalled(who);

        var results = _index.Search(reader, "laskutus");

        Assert.Equal(expected, results.Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, results.Total);
        Assert.All(results.Facets.Where(facet => facet.Name is SearchFacetNames.Kind or SearchFacetNames.Municipality or SearchFacetNames.Year),
            facet => Assert.Equal(expected.Length, facet.Values.Sum(value => value.Count)));
        var digitalisation = results.Facets.Single(facet => facet.Name == SearchFacetNames.Theme).Values
            .SingleOrDefault(value => value.Value == nameof(Theme.Digitalisation))?.Count ?? 0;
        Assert.Equal(expected.Count(title => title != "Julkinen laskutus"), digitalisation);
        Assert.DoesNotContain(results.Hits, hit => !expected.Contains(hit.Title));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Browsing_without_words_is_trimmed_the_same_way(string who, string[] expected)
    {
        var results = _index.Search(ReaderCalled(who), text: null);

        Assert.Equal(expected, results.Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, results.Total);
    }

    [Fact]
    public void A_word_only_a_hidden_item_holds_is_neither_found_nor_suggested()
    {
        Assert.Equal(0, _index.Search(MemberOf(Vaasa), "salasanalista").Total);
        Assert.Null(_index.Search(MemberOf(Vaasa), "salasanalistat").Suggestion);
        Assert.Null(_index.Search(Anonymous, "hankekumppanuux").Suggestion);

        Assert.Equal(1, _index.Search(MemberOf(Espoo), "salasanalista").Total);
        Assert.Equal("hankekumppanuus", _index.Search(MemberOf(Loppi), "hankekumppanuux").Suggestion);
    }

    [Fact]
    public void A_filter_cannot_reach_around_the_rights()
    {
        var filters = SearchFilters.None with { Municipalities = [Espoo, Karkola] };

        var results = _index.Search(MemberOf(Vaasa), text: null, filters);

        Assert.Equal(["Julkinen laskutus", "Verkoston laskutus"], results.Hits.Select(hit => hit.Title).Order(StringComparer.Ordinal));
        Assert.Equal(2, results.Facets.Single(facet => facet.Name == SearchFacetNames.Municipality).Values.Single().Count);
    }

    private static Reader ReaderCalled(string who) => who switch
    {
        "anonymous" => Anonymous,
        "Vaasa" => MemberOf(Vaasa),
        "Espoo" => MemberOf(Espoo),
        "Kärkölä" => MemberOf(Karkola),
        _ => MemberOf(Loppi),
    };

    public void Dispose() => _index.Dispose();
}
