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

    [Fact]
    public void Key_folds_every_part_so_a_typed_prefix_finds_either_name()
    {
        var key = SearchText.Key("Kärkölä", "Kärkölä", "316");
        Assert.Contains(SearchText.Fold("Kärk"), key, StringComparison.Ordinal);
        Assert.Contains("316", key, StringComparison.Ordinal);
        Assert.DoesNotContain("Ä", key, StringComparison.Ordinal);
    }
}
