using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.UnitTests;

/// <summary>The one parser of list parameters: every bad value is named after its parameter and not applied.</summary>
public sealed class ListParametersTests
{
    [Fact]
    public void Choices_take_names_in_any_case_and_refuse_numbers_and_unknown_names()
    {
        var parameters = new ListParameters();

        Assert.Equal(Theme.Education, parameters.Choice<Theme>(" education ", "theme"));
        Assert.Null(parameters.Choice<Theme>("2", "teema"));
        Assert.Null(parameters.Choice<PracticeStage>("Dreaming", "stage"));
        Assert.Null(parameters.Choice<PracticeStage>("", "unused"));

        Assert.Equal(["stage", "teema"], parameters.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("3", false, 3)]
    [InlineData("999999", true, Paging.MaxPage)]
    [InlineData("-4", true, 1)]
    [InlineData(null, false, 1)]
    public void A_page_number_is_clamped_for_pages_and_kept_in_range(string? text, bool clamp, int expected)
    {
        var parameters = new ListParameters();

        Assert.Equal(expected, parameters.Page(text, "page", clamp));
        Assert.True(parameters.IsValid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("kaksi")]
    public void The_API_is_told_a_page_number_is_out_of_range(string text)
    {
        var parameters = new ListParameters();
        parameters.Page(text, "page", clamp: false);
        parameters.PageSize("101", "pageSize");

        var refused = Assert.Throws<RequestValidationException>(parameters.ThrowIfInvalid);
        Assert.Equal(["page", "pageSize"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_flag_is_true_or_false_and_nothing_else()
    {
        var parameters = new ListParameters();

        Assert.True(parameters.Flag("True", "archived"));
        Assert.False(parameters.Flag(null, "archived"));
        Assert.False(parameters.Flag("kyllä", "arkistoidut"));
        Assert.Equal(["arkistoidut"], parameters.Errors.Keys);
    }

    [Fact]
    public void Search_text_is_trimmed_and_a_long_or_multi_line_one_is_refused()
    {
        var parameters = new ListParameters();

        Assert.Equal("Hyria", parameters.Text("  Hyria ", "partner", 10));
        Assert.Null(parameters.Text("   ", "unused", 10));
        Assert.Null(parameters.Text(new string('a', 11), "partner", 10));
        Assert.Null(parameters.Text("Hyria\nKoulutus", "kumppani", 100));
        Assert.Equal(["kumppani", "partner"], parameters.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
