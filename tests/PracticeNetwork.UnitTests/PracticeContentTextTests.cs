using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Features.WritePractice;

namespace PracticeNetwork.UnitTests;

/// <summary>Which practice fields are one line and which keep their line breaks; both kinds refuse text-direction overrides.</summary>
public sealed class PracticeContentTextTests
{
    private static PracticeContent Valid => PracticeSamples.Content();

    /// <summary>Each one-line field, with <paramref name="text"/> put into it.</summary>
    public static IEnumerable<(string Field, PracticeContent Content)> OneLineFields(string text) =>
    [
        ("title", Valid with { Title = "Tiimityö" + text }),
        ("tags[1]", Valid with { Tags = ["tiimityö", "toimisto" + text] }),
        ("contacts[0].name", Valid with { Contacts = [Valid.Contacts[0] with { Name = "Liisa" + text }] }),
        ("contacts[0].title", Valid with { Contacts = [Valid.Contacts[0] with { Title = "Päällikkö" + text }] }),
        ("contacts[0].email", Valid with { Contacts = [Valid.Contacts[0] with { Email = "liisa@example.fi" + text }] }),
        ("contacts[0].phone", Valid with { Contacts = [Valid.Contacts[0] with { Phone = "+358 40 123" + text }] }),
        ("links[0].title", Valid with { Links = [Valid.Links[0] with { Title = "Raportti" + text }] }),
        ("links[0].url", Valid with { Links = [Valid.Links[0] with { Url = "https://example.fi/" + text }] }),
        ("awards[0].name", Valid with { Awards = [Valid.Awards[0] with { Name = "Palkinto" + text }] }),
        ("awards[0].grantedBy", Valid with { Awards = [Valid.Awards[0] with { GrantedBy = "Liitto" + text }] }),
    ];

    public static IEnumerable<(string Field, PracticeContent Content)> MultiLineFields(string text) =>
    [
        ("summary", Valid with { Summary = "Tiivistelmä" + text }),
        ("needAndGoals", Valid with { NeedAndGoals = "Tarve" + text }),
        ("solution", Valid with { Solution = "Ratkaisu" + text }),
        ("resultsAndEvidence", Valid with { ResultsAndEvidence = "Tulokset" + text }),
        ("resourcesAndCosts", Valid with { ResourcesAndCosts = "Resurssit" + text }),
        ("conditionsForAdoption", Valid with { ConditionsForAdoption = "Edellytykset" + text }),
    ];

    [Theory]
    [InlineData("\n toinen rivi")]
    [InlineData("\r\n")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    public void Every_one_line_field_refuses_line_breaks_and_invisible_characters_on_its_own_name(string text)
    {
        foreach (var (field, content) in OneLineFields(text))
        {
            Assert.Equal([field], FieldsWithErrors(content));
        }
    }

    [Fact]
    public void Summary_and_markdown_fields_keep_their_line_breaks()
    {
        foreach (var (field, content) in MultiLineFields(".\r\n\r\n- kohta\n- toinen"))
        {
            Assert.True(FieldsWithErrors(content).Count == 0, field);
        }
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u202A")]
    [InlineData("\u2067")]
    [InlineData("\u2069")]
    public void Summary_and_markdown_fields_refuse_text_direction_overrides_on_their_own_name(string text)
    {
        foreach (var (field, content) in MultiLineFields(text))
        {
            Assert.Equal([field], FieldsWithErrors(content));
        }
    }

    private static List<string> FieldsWithErrors(PracticeContent content) =>
        [.. new CreatePracticeValidator().Validate(new CreatePractice(content)).Errors.Select(error => error.PropertyName).Distinct()];
}
