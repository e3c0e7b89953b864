using System.Net;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The process editor through its real forms: create, steps moved and removed, field errors, conflicts, who may edit.</summary>
public sealed class ProcessEditorPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string EditorForm = "form.process-editor";

    [Fact]
    public async Task An_author_creates_a_process_with_every_kind_of_field_and_it_is_stored_exactly()
    {
        var author = await factory.ActorAsync("049", MunicipalityRoles.Author);
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync("/prosessit/uusi");
        var practice = Guid.NewGuid();
        var project = Guid.NewGuid();

        using var response = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string>
            {
                ["title"] = " Laskutus ", ["summary"] = "Lyhyesti.", ["purpose"] = "**Oikein** laskutettu.", ["unit"] = "Talous",
                ["processOwner"] = "Esihenkilö", ["startEvent"] = "Tilaus", ["endEvent"] = "Lasku lähetetty",
                ["inputs"] = "Tilaus\n\nHinnasto ", ["outputs"] = "Lasku", ["customers"] = "Asukkaat",
                ["steps[0].name"] = "Tarkistus", ["steps[0].lane"] = "Laskuttaja", ["steps[0].description"] = "Tiedot tarkistetaan.",
                ["steps[0].system"] = "SAP", ["steps[0].typicalDuration"] = "1 pv",
                ["steps[1].name"] = "Lähetys", ["steps[1].lane"] = "Laskuttaja",
                ["relatedPractices"] = practice.ToString(), ["relatedProjects"] = $"https://verkosto.example/hankkeet/{project}#tiimi",
                ["language"] = "sv", ["audience"] = nameof(Audience.Public),
                ["contacts[0].name"] = "Liisa", ["links[0].title"] = "Ohje", ["links[0].url"] = "https://example.fi",
            })
            .Set("themes", nameof(Theme.FinanceAndAdministration))
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Replace("/prosessit/", string.Empty, StringComparison.Ordinal));
        var content = (await factory.OpenProcessAsync(author, id))!.Content;
        Assert.Equal("Laskutus", content.Title);
        Assert.Equal(["Tilaus", "Hinnasto"], content.Inputs);
        Assert.Equal(["Tarkistus", "Lähetys"], content.Steps.Select(step => step.Name));
        Assert.Equal(("SAP", "1 pv"), (content.Steps[0].System, content.Steps[0].TypicalDuration));
        Assert.Equal([practice], content.RelatedPractices);
        Assert.Equal([project], content.RelatedProjects);
        Assert.Equal(("sv", Audience.Public), (content.Language, content.Audience));
        Assert.Equal("https://example.fi", Assert.Single(content.Links).Url);
    }

    [Fact]
    public async Task Steps_move_and_go_without_javascript_and_the_bottleneck_keeps_its_step()
    {
        var author = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var id = await factory.SendAsync(author, new CreateProcess(Processes.SampleContent()));
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync($"/prosessit/{id}/muokkaa");

        using var moved = await FormPost.From(page, EditorForm).Using(page, "button[value='up:1']").SendAsync(client);
        var afterMove = await Html.ParseAsync(moved);
        using var removed = await FormPost.From(afterMove, EditorForm).Using(afterMove, "button[value='remove:3']").SendAsync(client);
        var afterRemove = await Html.ParseAsync(removed);
        using var saved = await FormPost.From(afterRemove, EditorForm).SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var content = (await factory.OpenProcessAsync(author, id))!.Content;
        Assert.Equal([Processes.Check, Processes.Receive, Processes.Approve], content.Steps.Select(step => step.Id));
        Assert.Equal([Processes.Check], Assert.Single(content.Bottlenecks).StepIds);
    }

    [Fact]
    public async Task A_step_without_a_lane_comes_back_with_its_error_and_the_input_kept()
    {
        var author = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var id = await factory.SendAsync(author, new CreateProcess(Processes.SampleContent()));
        using var client = factory.BrowserFor(author);
        var page = await client.GetDocumentAsync($"/prosessit/{id}/muokkaa");

        using var response = await FormPost.From(page, EditorForm).Set("steps[2].lane", "").Set("steps[2].name", "Uusi nimi").SendAsync(client);

        var refused = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vaihe 3: kerro suorittajan rooli.", refused.FieldError("steps[2].lane"));
        Assert.Equal("Uusi nimi", refused.GetElementById("steps[2].name")!.GetAttribute("value"));
        Assert.Equal("#steps[2].lane", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Hyväksyntä", (await factory.OpenProcessAsync(author, id))!.Content.Steps[2].Name);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_shows_both_and_saves_nothing()
    {
        var author = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var id = await factory.SendAsync(author, new CreateProcess(Processes.SampleContent()));
        using var client = factory.BrowserFor(author);
        var first = await client.GetDocumentAsync($"/prosessit/{id}/muokkaa");
        var second = await client.GetDocumentAsync($"/prosessit/{id}/muokkaa");

        using var saved = await FormPost.From(first, EditorForm).Set("unit", "Talous A").SendAsync(client);
        using var conflict = await FormPost.From(second, EditorForm).Set("unit", "Talous B").SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Equal("Talous A", page.Text("[data-conflict-saved=unit]"));
        Assert.Equal("Talous B", page.Text("[data-conflict-yours=unit]"));
        Assert.Equal("Talous A", (await factory.OpenProcessAsync(author, id))!.Content.Unit);
    }

    [Fact]
    public async Task Another_municipality_gets_404_on_a_draft_and_403_on_a_published_process_and_anonymous_signs_in()
    {
        var process = await factory.MeasuredProcessAsync("049", Audience.Public);
        var draft = await factory.SendAsync(process.Author, new CreateProcess(Processes.SampleContent()));
        using var foreign = factory.BrowserFor(await factory.ActorAsync("316", MunicipalityRoles.Author));
        using var anonymous = factory.BrowserFor(null);

        using var foreignDraft = await foreign.GetAsync($"/prosessit/{draft}/muokkaa");
        using var foreignPublished = await foreign.GetAsync($"/prosessit/{process.Id}/muokkaa");
        using var anonymousCreate = await anonymous.GetAsync("/prosessit/uusi");

        Assert.Equal(HttpStatusCode.NotFound, foreignDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPublished.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousCreate.StatusCode);
    }
}
