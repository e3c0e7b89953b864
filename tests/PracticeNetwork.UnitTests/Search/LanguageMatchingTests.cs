using PracticeNetwork.Content.Contracts;
using static PracticeNetwork.UnitTests.Search.SearchSamples;

namespace PracticeNetwork.UnitTests.Search;

/// <summary>
/// What a reader types finds the item however the item inflects or compounds the word, in Finnish and Swedish, and a
/// compound does not match everything that shares a short part with it.
/// </summary>
public sealed class LanguageMatchingTests
{
    [Theory]
    [InlineData("laskutus", "Myyntilaskujen käsittely", "Myyntilaskujen käsittely siirtyi talouspalveluihin.")]
    [InlineData("toimistopalvelu", "Toimistopalveluiden kehittäminen", "Kunnat kehittivät toimistopalveluitaan yhdessä.")]
    [InlineData("toimistopalveluiden", "Toimiston palvelut", "Toimistopalvelut jaettiin kolmeen tiimiin.")]
    [InlineData("lasku", "Ostolaskut mobiilissa", "Esihenkilöt hyväksyvät ostolaskut puhelimella.")]
    [InlineData("tiimityö", "Tiimityöhön siirtyminen", "Tiimityöhön siirtyminen toi joustoa.")]
    [InlineData("sähköinen hyväksyntä", "Ostolaskujen hyväksyntä", "Laskut hyväksytään sähköisesti, ja sähköisen hyväksynnän ansiosta maksut ovat ajoissa.")]
    public void A_Finnish_word_finds_its_inflected_and_compound_forms(string query, string title, string body)
    {
        using var index = new TestSearchIndex(Item(title, body), Item("Kirjaston aukioloajat", "Kirjasto on auki iltaisin."));

        Assert.Equal([title], index.Titles(Anonymous, query));
    }

    [Theory]
    [InlineData("fakturering", "Hantering av fakturor", "Fakturor granskas varje vecka.")]
    [InlineData("faktura", "Kundfakturornas kvalitet", "Kundfakturorna skickas elektroniskt.")]
    [InlineData("barnomsorg", "Omsorg om barn på kvällar", "Kvällsomsorgen för barn utvidgades.")]
    public void A_Swedish_word_finds_its_inflected_and_compound_forms(string query, string title, string body)
    {
        using var index = new TestSearchIndex(Item(title, body, language: "sv"), Item("Bibliotekets öppettider", "Biblioteket är öppet på kvällarna.", language: "sv"));

        Assert.Equal([title], index.Titles(Anonymous, query));
    }

    [Theory]
    [InlineData("tiimityö", "Työllisyyspalvelut", "Työllisyyspalvelujen neuvojat päivystävät.")]
    [InlineData("toimistopalvelu", "Asiakaspalvelu", "Talouspalvelujen asiakaspalvelu vastaa kysymyksiin.")]
    public void A_compound_does_not_find_items_that_share_only_one_of_its_parts(string query, string title, string body)
    {
        using var index = new TestSearchIndex(Item(title, body));

        Assert.Empty(index.Titles(Anonymous, query));
    }

    [Fact]
    public void Every_word_must_match()
    {
        using var index = new TestSearchIndex(
            Item("Myyntilaskujen käsittely", "Laskut käsitellään keskitetysti."),
            Item("Ostolaskujen kierto", "Laskut hyväksytään mobiilissa."));

        Assert.Equal(["Myyntilaskujen käsittely"], index.Titles(Anonymous, "laskujen käsittely"));
        Assert.Equal(2, index.Search(Anonymous, "laskut").Total);
    }

    [Fact]
    public void A_title_match_ranks_above_a_mention_in_the_text()
    {
        using var index = new TestSearchIndex(
            Item("Kokousasiakirjat", "Arkisto ja laskutus ovat muiden tiimien töitä."),
            Item("Laskutus", "Laskutus keskitettiin talouspalveluihin."));

        Assert.Equal("Laskutus", index.Search(Anonymous, "laskutus").Hits[0].Title);
    }

    [Fact]
    public void A_snippet_marks_the_matches_and_encodes_the_text()
    {
        using var index = new TestSearchIndex(Item("Laskutus", "Käsittelyaika < 5 päivää & laskutus nopeutui. <script>alert(1)</script>"));

        var snippet = Assert.Single(index.Search(Anonymous, "laskutus").Hits).Snippet;

        Assert.Contains("<mark>laskutus</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt; 5", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_word_gets_the_word_the_index_holds_as_a_suggestion()
    {
        using var index = new TestSearchIndex(Item("Tiimityö kunnan toimistopalveluissa", "Tiimityö toi joustoa."));

        var results = index.Search(Anonymous, "tiimmityö");

        Assert.Equal(0, results.Total);
        Assert.Equal("tiimityö", results.Suggestion);
        Assert.Null(index.Search(Anonymous, "tiimityö").Suggestion);
    }

    [Theory]
    [InlineData("laskutus", "laskutus", 0)]
    [InlineData("laskutus", "laskutuss", 1)]
    [InlineData("tiimityö", "tiimmityö", 1)]
    [InlineData("fakturor", "faktruor", 1)]
    [InlineData("palvelu", "plavleu", 2)]
    public void The_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, PracticeNetwork.Modules.Search.Querying.Suggestions.Distance(a, b));

    [Fact]
    public void Without_words_everything_the_filters_leave_is_listed_newest_first()
    {
        using var index = new TestSearchIndex(
            Item("Vanha", "Vanha käytäntö.", year: 2019),
            Item("Uusi", "Uusi käytäntö.", year: 2025),
            Item("Keskimmäinen", "Käytäntö.", year: 2022));

        var results = index.Search(Anonymous, text: null, sort: Modules.Search.Contracts.SearchSort.Newest);

        Assert.Equal(["Uusi", "Keskimmäinen", "Vanha"], results.Hits.Select(hit => hit.Title));
    }
}
