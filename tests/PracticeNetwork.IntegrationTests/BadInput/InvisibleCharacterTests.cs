using System.Net;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>
/// A title or name cannot pose as another with line breaks, direction overrides or invisible characters: the API
/// answers 400 naming each field, the editor shows the error at each field, and nothing is saved. Multi-line texts
/// keep their line breaks but refuse direction overrides.
/// </summary>
public sealed class InvisibleCharacterTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string RightToLeftOverride = "\u202E";
    private const string ZeroWidthSpace = "\u200B";

    /// <summary>Looks like "Tiimityö Kärkölässä" in some places and like something else where the override takes effect.</summary>
    private const string DisguisedTitle = "Tiimityö " + RightToLeftOverride + "ässälökräK";

    [Fact]
    public async Task Creating_through_the_api_names_every_field_with_a_disguising_character()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var sample = Practices.SampleContent();
        var content = sample with
        {
            Title = DisguisedTitle,
            Summary = "Tiivistelmä \u2066piilotettu\u2069",
            Solution = "Ratkaisu.\r\n\r\n- tiimit\n- työjono",
            Tags = ["tiimityö", "toimisto" + ZeroWidthSpace],
            Contacts = [sample.Contacts[0] with { Name = "Liisa\r\nEsimerkki" }],
            Links = [sample.Links[0] with { Url = "https://example.fi/raportti\uFEFF" }],
            Awards = [sample.Awards[0] with { GrantedBy = "Päijät-Hämeen\tliitto" }],
        };

        using var response = await author.Client.PostAsync("/api/v1/practices", ApiCallers.Body(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["awards[0].grantedBy", "contacts[0].name", "links[0].url", "summary", "tags[1]", "title"],
            (await response.FieldErrorsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(0, await factory.DraftsByAsync(author.PersonId, author.MunicipalityId));
    }

    [Fact]
    public async Task Updating_through_the_api_with_a_disguised_title_is_400_on_title_and_changes_nothing()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateDraftAsync();

        using var response = await author.Client.SendWithIfMatchAsync(
            HttpMethod.Put, $"/api/v1/practices/{id}", etag, ApiCallers.Body(Practices.SampleContent(title: DisguisedTitle)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["title"], await response.FieldErrorsAsync());
        using var current = await author.Client.GetAsync($"/api/v1/practices/{id}");
        Assert.Equal(etag, current.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Line_breaks_in_markdown_and_emoji_in_a_title_are_still_ordinary_text()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var content = Practices.SampleContent(title: "Koodarit 👩\u200D💻 kirjastossa") with { Solution = "Ratkaisu.\r\n\r\n- tiimit\n\t- työjono" };

        using var response = await author.Client.PostAsync("/api/v1/practices", ApiCallers.Body(content));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = (await response.JsonAsync()).GetProperty("content");
        Assert.Equal("Koodarit 👩\u200D💻 kirjastossa", saved.GetProperty("title").GetString());
        Assert.Equal("Ratkaisu.\r\n\r\n- tiimit\n\t- työjono", saved.GetProperty("solution").GetString());
    }

    [Fact]
    public async Task The_editor_shows_the_error_at_each_field_keeps_what_was_typed_and_saves_nothing()
    {
        var (session, account) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using (session)
        {
            var page = await session.GetAsync("/kaytannot/uusi");

            using var response = await FormPost.From(page, "form.practice-editor")
                .Set(new Dictionary<string, string>
                {
                    ["title"] = DisguisedTitle,
                    ["summary"] = "Tiivistelmä.",
                    ["solution"] = "Ratkaisu " + RightToLeftOverride + "käännetty",
                    ["stage"] = "InUse",
                    ["evidenceLevel"] = "Measured",
                    ["tags"] = "tiimityö, toimisto" + ZeroWidthSpace,
                    ["contacts[0].name"] = "Liisa" + ZeroWidthSpace + " Esimerkki",
                })
                .Set("themes", "PeopleAndLeadership")
                .SendAsync(session.Client);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var form = await Html.ParseAsync(response);
            Assert.Equal(
                new[] { "#contacts[0].name", "#solution", "#tags", "#title" },
                form.QuerySelectorAll(".error-summary a").Select(link => link.GetAttribute("href")!).Order(StringComparer.Ordinal));
            foreach (var field in new[] { "title", "tags", "contacts[0].name" })
            {
                AssertFieldError(form, field, "Kirjoita tämä yhdelle riville");
            }

            AssertFieldError(form, "solution", "Poista näkymättömät ohjausmerkit ja merkit, jotka muuttavat tekstin suuntaa.");
            Assert.Equal(DisguisedTitle, PracticeEditorTests.Field(form, "title"));
            Assert.Equal(0, await factory.DraftsByAsync(account.PersonId, await factory.MunicipalityIdAsync("316")));
        }
    }

    [Fact]
    public async Task A_display_name_cannot_pose_as_someone_else_either()
    {
        var (session, account) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using (session)
        {
            using var response = await session.SubmitAsync("/profiili", "main form.stacked-form", new Dictionary<string, string>
            {
                ["DisplayName"] = "Liisa " + RightToLeftOverride + "ikkenaP",
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var profile = await Html.ParseAsync(response);
            Assert.Contains("Kirjoita tämä yhdelle riville", profile.QuerySelector(".field-error")?.TextContent, StringComparison.Ordinal);
            var saved = await session.GetAsync("/profiili");
            Assert.Equal(account.Name, saved.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
        }
    }

    private static void AssertFieldError(AngleSharp.Dom.IDocument page, string id, string message)
    {
        var input = page.GetElementById(id)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.GetElementById($"{id}-error")!.TextContent, StringComparison.Ordinal);
    }
}
