using System.Net;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The project editor through its real forms: create with every kind of field, field errors, more rows, edit and conflicts.</summary>
public sealed class ProjectEditorPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string EditorForm = "form.project-editor";

    [Fact]
    public async Task An_author_creates_a_project_with_every_kind_of_field_and_it_is_stored_exactly()
    {
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync("/hankkeet/uusi");

        using var response = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string>
            {
                ["title"] = "  Yhteinen digituki ",
                ["summary"] = "Kolme kuntaa järjestää digituen.",
                ["needAndGoals"] = "Ikäihmiset tarvitsevat apua.",
                ["solution"] = "## Näin toimimme\n\n- kirjastot",
                ["results"] = "200 opastusta.",
                ["status"] = nameof(ProjectStatus.Completed),
                ["startDate"] = "2025-08-01",
                ["endDate"] = "31.5.2026",
                ["language"] = "sv",
                ["audience"] = nameof(Audience.Network),
                ["partners[0].name"] = "Hyria Koulutus",
                ["partners[0].kind"] = nameof(PartnerKind.EducationProvider),
                ["partners[0].webAddress"] = "https://www.hyria.fi",
                ["partners[1].name"] = "Laurea",
                ["partners[1].kind"] = nameof(PartnerKind.University),
                ["funding[0].source"] = "Valtionavustus",
                ["funding[0].amount"] = "120 000",
                ["funding[0].currency"] = "eur",
                ["funding[1].source"] = "Omarahoitus",
                ["funding[1].amount"] = "30 000,50",
                ["contacts[0].name"] = "Liisa Hanke",
                ["contacts[0].email"] = "liisa@example.fi",
                ["links[0].title"] = "Hankesivu",
                ["links[0].url"] = "https://example.fi/hanke",
                ["awards[0].name"] = "Vuoden digiteko",
                ["awards[0].year"] = "2025",
            })
            .Set("themes", nameof(Theme.Digitalisation), nameof(Theme.WellbeingAndHealth))
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Replace("/hankkeet/", string.Empty, StringComparison.Ordinal));
        var saved = (await factory.ProjectAsAsync(author, id))!;
        Assert.Equal("Yhteinen digituki", saved.Content.Title);
        Assert.Equal(ProjectStatus.Completed, saved.Content.Status);
        Assert.Equal((new DateOnly(2025, 8, 1), new DateOnly(2026, 5, 31)), (saved.Content.StartDate!.Value, saved.Content.EndDate!.Value));
        Assert.Equal("sv", saved.Content.Language);
        Assert.Equal(Audience.Network, saved.Content.Audience);
        Assert.Equal([Theme.WellbeingAndHealth, Theme.Digitalisation], saved.Content.Themes.Order());
        Assert.Equal(
            [new PartnerOrganisation("Hyria Koulutus", PartnerKind.EducationProvider, "https://www.hyria.fi"), new PartnerOrganisation("Laurea", PartnerKind.University)],
            saved.Content.Partners);
        Assert.Equal([new FundingSource("Valtionavustus", 120_000m, "EUR"), new FundingSource("Omarahoitus", 30_000.5m, "EUR")], saved.Content.Funding);
        Assert.Equal("liisa@example.fi", Assert.Single(saved.Content.Contacts).Email);
        Assert.Equal("https://example.fi/hanke", Assert.Single(saved.Content.Links).Url);
        Assert.Equal(2025, Assert.Single(saved.Content.Awards).Year);
        Assert.True(Assert.Single(saved.Team).IsProjectManager);
        Assert.Equal("Hanke tallennettiin luonnokseksi. Voit nyt kutsua muita kuntia mukaan.", (await client.GetDocumentAsync($"/hankkeet/{id}")).Text(".notice"));
    }

    [Fact]
    public async Task Refused_fields_come_back_with_their_errors_by_the_inputs_and_everything_as_typed()
    {
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync("/hankkeet/uusi");

        using var badAmount = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string> { ["title"] = "Hanke", ["funding[0].source"] = "Avustus", ["funding[0].amount"] = "paljon" })
            .SendAsync(client);
        using var invalid = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string>
            {
                ["title"] = "",
                ["summary"] = "Tiivistelmä",
                ["status"] = nameof(ProjectStatus.Ongoing),
                ["startDate"] = "",
                ["partners[0].name"] = "Kumppani",
                ["partners[0].webAddress"] = "www.example.fi",
            })
            .SendAsync(client);

        var amount = await Html.ParseAsync(badAmount);
        Assert.Equal(HttpStatusCode.OK, badAmount.StatusCode);
        Assert.Equal("Rahoituslähde 1: anna summa numeroina, esimerkiksi 12 000.", amount.FieldError("funding[0].amount"));
        Assert.Equal("paljon", amount.GetElementById("funding[0].amount")!.GetAttribute("value"));
        var refused = await Html.ParseAsync(invalid);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("Anna otsikko (enintään 200 merkkiä).", refused.FieldError("title"));
        Assert.Equal("true", refused.GetElementById("title")!.GetAttribute("aria-invalid"));
        Assert.StartsWith("Kerro, mihin tarpeeseen", refused.FieldError("needAndGoals"), StringComparison.Ordinal);
        Assert.StartsWith("Anna alkamispäivä", refused.FieldError("startDate"), StringComparison.Ordinal);
        Assert.Equal("Valitse 1–5 teemaa.", refused.FieldError("themes"));
        Assert.Equal("Kumppani 1: anna koko verkko-osoite, joka alkaa https:// tai http://.", refused.FieldError("partners[0].webAddress"));
        Assert.Equal("www.example.fi", refused.GetElementById("partners[0].webAddress")!.GetAttribute("value"));
        Assert.Equal("#title", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task More_rows_come_without_javascript_and_keep_what_was_typed()
    {
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync("/hankkeet/uusi");
        var rows = page.QuerySelectorAll("#editor-partners ~ fieldset.row-group").Length;

        using var response = await FormPost.From(page, EditorForm)
            .Set("partners[0].name", "Hyria Koulutus")
            .Using(page, "button[value=partners]")
            .SendAsync(client);

        var more = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(rows + 3, more.QuerySelectorAll("#editor-partners ~ fieldset.row-group").Length);
        Assert.Equal("Hyria Koulutus", more.GetElementById("partners[0].name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_team_member_of_a_participant_edits_the_shared_fields_and_a_save_over_a_newer_version_shows_the_conflict()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Muokattava")));
        var admin = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        var teamMember = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.Viewer);
        await factory.JoinAsync(manager, id, admin, teamMember);
        using var participant = factory.BrowserFor(teamMember);
        using var owner = factory.BrowserFor(manager);
        var theirs = await participant.GetDocumentAsync($"/hankkeet/{id}/muokkaa");
        var mine = await owner.GetDocumentAsync($"/hankkeet/{id}/muokkaa");

        using var saved = await FormPost.From(theirs, EditorForm).Set("results", "Hausjärven tulokset.").SendAsync(participant);
        using var conflict = await FormPost.From(mine, EditorForm).Set("results", "Lopen tulokset.").SendAsync(owner);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Equal("Joku muu muutti tätä hanketta sillä välin", page.Text("#conflict-title"));
        Assert.Equal("Hausjärven tulokset.", page.Text("[data-conflict-saved=results]"));
        Assert.Equal("Lopen tulokset.", page.Text("[data-conflict-yours=results]"));
        Assert.Equal("Lopen tulokset.", page.GetElementById("results")!.TextContent.Trim());
        Assert.Equal("Hausjärven tulokset.", (await factory.ProjectAsAsync(manager, id))!.Content.Results);
    }

    [Fact]
    public async Task Readers_who_may_not_edit_get_403_and_those_who_may_not_open_404()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Ei muokattavissa")));
        await factory.PublishProjectAsync(manager, reviewer, id);
        using var viewer = factory.BrowserFor(await factory.ActorAsync(Loppi, MunicipalityRoles.Viewer));
        using var foreign = factory.BrowserFor(await factory.ActorAsync(Espoo, MunicipalityRoles.Author));
        var draft = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Luonnos")));

        using var viewerEdit = await viewer.GetAsync($"/hankkeet/{id}/muokkaa");
        using var foreignDraft = await foreign.GetAsync($"/hankkeet/{draft}/muokkaa");
        using var foreignCreate = await foreign.GetAsync("/hankkeet/uusi");
        using var viewerCreate = await viewer.GetAsync("/hankkeet/uusi");

        Assert.Equal(HttpStatusCode.Forbidden, viewerEdit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, foreignCreate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerCreate.StatusCode);
    }

    [Fact]
    public async Task The_editor_has_a_label_for_every_input_and_legends_for_its_groups()
    {
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        using var client = factory.BrowserFor(author);

        var page = await client.GetDocumentAsync("/hankkeet/uusi");

        foreach (var input in page.QuerySelectorAll($"{EditorForm} input[name]:not([type=hidden]), {EditorForm} select[name], {EditorForm} textarea[name]"))
        {
            Assert.True(page.QuerySelector($"label[for='{input.Id}']") is not null, $"No label for {input.Id}.");
        }

        Assert.All(page.QuerySelectorAll($"{EditorForm} fieldset"), fieldset => Assert.NotNull(fieldset.QuerySelector("legend")));
        Assert.Equal(["h1"], page.QuerySelectorAll("h1").Select(heading => heading.LocalName));
    }
}
