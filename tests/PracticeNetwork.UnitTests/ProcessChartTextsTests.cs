using System.Reflection;
using System.Text.RegularExpressions;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The chart and upload texts exist in Finnish, Swedish and English alike, with the same placeholders, so that no
/// reader meets a key name or a sentence with a value missing.
/// </summary>
public sealed partial class ProcessChartTextsTests
{
    public static TheoryData<string> Languages => new("fi", "sv", "en");

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_chart_finds_every_text_it_needs(string language)
    {
        var texts = new ProcessTexts(language);

        KpiChartTexts.From(texts);

        Assert.Empty(texts.Missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_upload_error_has_a_text(string language)
    {
        var texts = new ProcessTexts(language);
        var codes = typeof(MeasurementCsvErrors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.False(texts[code].ResourceNotFound, $"{code} has no {language} text."));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void The_chart_and_upload_texts_match_the_finnish_ones_key_for_key_and_placeholder_for_placeholder(string language)
    {
        var finnish = Section(new ProcessTexts("fi"));
        var other = Section(new ProcessTexts(language));

        Assert.Equal(finnish.Keys.Order(), other.Keys.Order());
        Assert.All(finnish, text => Assert.Equal(Placeholders(text.Value), Placeholders(other[text.Key])));
    }

    private static Dictionary<string, string> Section(ProcessTexts texts) =>
        texts.GetAllStrings(includeParentCultures: false)
            .Where(text => text.Name.StartsWith("Chart.", StringComparison.Ordinal) || text.Name.StartsWith("Csv.", StringComparison.Ordinal))
            .ToDictionary(text => text.Name, text => text.Value);

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
