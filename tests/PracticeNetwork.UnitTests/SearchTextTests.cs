using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.UnitTests;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Kärkölä", "karkola")]
    [InlineData("  ÅLAND ", "aland")]
    [InlineData("Pedersören kunta", "pedersoren kunta")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Fold_lowers_case_and_drops_diacritics(string? input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));

    [Theory]
    [InlineData("Kärk", true, false)]
    [InlineData("kark", true, true)]
    [InlineData("KARKOLA", true, false)]
    [InlineData("316", true, false)]
    [InlineData("hogfors", false, true)]
    [InlineData("Högfors", false, true)]
    public void A_term_with_diacritics_respects_them_and_one_without_ignores_them(string typed, bool findsKarkola, bool findsKarkkila)
    {
        var karkola = SearchText.Key("Kärkölä", "Kärkölä", "316");
        var karkkila = SearchText.Key("Karkkila", "Högfors", "224");
        var term = SearchText.Term(typed);

        Assert.Equal(findsKarkola, karkola.Contains(term, StringComparison.Ordinal));
        Assert.Equal(findsKarkkila, karkkila.Contains(term, StringComparison.Ordinal));
    }
}
