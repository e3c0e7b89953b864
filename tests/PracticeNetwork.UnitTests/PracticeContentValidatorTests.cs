using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Features.WritePractice;

namespace PracticeNetwork.UnitTests;

/// <summary>Content errors come back on the API's field names, so forms and problem details point at the right input.</summary>
public sealed class PracticeContentValidatorTests
{
    private static IReadOnlyList<string> FieldsWithErrors(PracticeContent content) =>
        [.. new CreatePracticeValidator().Validate(new CreatePractice(content)).Errors.Select(error => error.PropertyName).Distinct()];

    private static PracticeContent Valid => PracticeSamples.Content();

    [Fact]
    public void Valid_content_has_no_errors()
    {
        Assert.Empty(FieldsWithErrors(Valid));
        Assert.Empty(new UpdatePracticeValidator().Validate(new UpdatePractice(Guid.NewGuid(), Valid, 3)).Errors);
    }

    [Fact]
    public void Line_breaks_and_tabs_are_ordinary_text()
    {
        Assert.Empty(FieldsWithErrors(Valid with { Solution = "- yksi\r\n- kaksi\n\tsisennetty" }));
    }

    public static TheoryData<string, PracticeContent> Invalid() => new()
    {
        { "title", Valid with { Title = "  " } },
        { "title", Valid with { Title = new string('a', 201) } },
        { "summary", Valid with { Summary = "" } },
        { "solution", Valid with { Solution = "" } },
        { "language", Valid with { Language = "de" } },
        { "stage", Valid with { Stage = (PracticeStage)99 } },
        { "audience", Valid with { Audience = (Audience)7 } },
        { "themes", Valid with { Themes = [] } },
        { "themes", Valid with { Themes = [.. Enum.GetValues<Theme>().Take(6)] } },
        { "themes[0]", Valid with { Themes = [(Theme)999] } },
        { "tags[1]", Valid with { Tags = ["hyvä", new string('t', 51)] } },
        { "tags", Valid with { Tags = [.. Enumerable.Range(1, 21).Select(number => $"tag{number}")] } },
        { "contacts[0].name", Valid with { Contacts = [new ContactPerson("", null, null, null)] } },
        { "contacts[0].email", Valid with { Contacts = [new ContactPerson("Liisa", null, "ei osoite", null)] } },
        { "contacts[1].phone", Valid with { Contacts = [Valid.Contacts[0], new ContactPerson("Matti", null, null, "soita minulle")] } },
        { "links[0].url", Valid with { Links = [new ContentLink("Raportti", "javascript:alert(1)")] } },
        { "links[1].url", Valid with { Links = [Valid.Links[0], new ContentLink("Raportti", "example.fi/raportti")] } },
        { "links[0].title", Valid with { Links = [new ContentLink("", "https://example.fi")] } },
        { "awards[0].year", Valid with { Awards = [new Award("Palkinto", 1800, null)] } },
        { "awards[0].name", Valid with { Awards = [new Award("", 2020, null)] } },
        { "title", Valid with { Title = "Tiimityö\u0000" } },
        { "solution", Valid with { Solution = "Ratkaisu\u0007 kuvattu" } },
        { "contacts[0].name", Valid with { Contacts = [new ContactPerson("Liisa\u0000", null, null, null)] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_value_is_reported_on_its_field(string field, PracticeContent content)
    {
        Assert.Equal([field], FieldsWithErrors(content));
    }

    [Fact]
    public void Missing_lists_are_errors_on_their_fields_not_exceptions()
    {
        var content = Valid with { Themes = null!, Tags = null!, TargetGroups = null!, Contacts = null!, Links = null!, Awards = null! };

        Assert.Equal(["awards", "contacts", "links", "tags", "targetGroups", "themes"], FieldsWithErrors(content).Order());
    }

    [Fact]
    public void Missing_texts_and_list_items_are_errors_not_exceptions()
    {
        var content = Valid with
        {
            Title = null!,
            NeedAndGoals = null!,
            Language = null!,
            Contacts = [null!],
            Links = [null!],
            Awards = [null!],
        };

        Assert.Equal(["awards[0]", "contacts[0]", "language", "links[0]", "needAndGoals", "title"], FieldsWithErrors(content).Order());
    }

    [Fact]
    public void Missing_content_is_one_error_on_content()
    {
        Assert.Equal(["content"], FieldsWithErrors(null!));
    }

    [Fact]
    public void An_update_needs_a_version_that_is_not_negative()
    {
        var errors = new UpdatePracticeValidator().Validate(new UpdatePractice(Guid.NewGuid(), Valid, -1)).Errors;

        Assert.Equal("version", Assert.Single(errors).PropertyName);
    }
}
