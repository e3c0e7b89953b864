using System.Net;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/hankkeet: the projects a reader may open, their cards, the filters of the plain GET form and the empty states.</summary>
public sealed class ProjectBrowsePageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_published_joint_project_is_listed_with_its_owner_participants_status_dates_themes_and_partners()
    {
        var (title, _) = await JointPublishedProjectAsync(ProjectStatus.Ongoing);
        var draftTitle = UniqueTitle("Luonnoshanke");
        await factory.DraftProjectAsync(await factory.ActorAsync(Loppi, MunicipalityRoles.Author), SampleProject(draftTitle));

        using var client = factory.BrowserFor(null);
        var page = await client.GetDocumentAsync("/hankkeet?jarjestys=Updated");

        Assert.Contains(title, page.ProjectCardTitles());
        Assert.DoesNotContain(draftTitle, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var card = page.QuerySelectorAll(".project-card").Single(card => card.QuerySelector("h3")!.TextContent.Trim() == title);
        var text = Squeeze(card.TextContent);
        Assert.Contains("Käynnissä", text, StringComparison.Ordinal);
        Assert.Contains("1.8.2025–30.6.2027", text, StringComparison.Ordinal);
        Assert.Contains("Yhteishanke", text, StringComparison.Ordinal);
        Assert.Equal("/kunnat/433", card.QuerySelector(".project-card__parties a")!.GetAttribute("href"));
        var parties = card.QuerySelectorAll(".project-card__parties div")
            .ToDictionary(pair => pair.QuerySelector("dt")!.TextContent.Trim(), pair => pair.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("Loppi", parties["Omistaja"]);
        Assert.Equal("Hausjärvi", parties["Mukana"]);
        Assert.Equal("Hyria Koulutus, Laurea", parties["Kumppanit"]);
        Assert.Contains("Digitalisaatio", card.QuerySelector(".theme-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("yhteisen", card.QuerySelector(".project-card__summary strong")!.TextContent);
    }

    [Fact]
    public async Task The_filters_narrow_the_list_a_participant_counts_for_its_municipality_and_each_filter_can_be_removed()
    {
        var (joint, _) = await JointPublishedProjectAsync(ProjectStatus.Completed);
        var solo = await SoloPublishedProjectAsync(ProjectStatus.Completed);
        using var client = factory.BrowserFor(null);

        var byParticipant = await client.GetDocumentAsync($"/hankkeet?kunta={Hausjarvi}&tila=Completed&jarjestys=Updated");
        var jointOnly = await client.GetDocumentAsync("/hankkeet?yhteiset=true&tila=Completed&jarjestys=Updated");
        var byPartner = await client.GetDocumentAsync("/hankkeet?kumppani=hyria&vuosi=2026&jarjestys=Updated");
        var ongoing = await client.GetDocumentAsync("/hankkeet?tila=Ongoing&teema=Digitalisation&maakunta=05&jarjestys=Updated");

        Assert.Contains(joint, byParticipant.ProjectCardTitles());
        Assert.DoesNotContain(solo, byParticipant.ProjectCardTitles());
        Assert.Contains(joint, jointOnly.ProjectCardTitles());
        Assert.DoesNotContain(solo, jointOnly.ProjectCardTitles());
        Assert.Contains(joint, byPartner.ProjectCardTitles());
        Assert.Contains(solo, byPartner.ProjectCardTitles());
        Assert.DoesNotContain(joint, ongoing.ProjectCardTitles());
        Assert.Contains("Kumppani: hyria", byPartner.Text(".active-filters"), StringComparison.Ordinal);
        var removePartner = byPartner.QuerySelectorAll(".active-filters a").Single(link => link.TextContent.Contains("Kumppani", StringComparison.Ordinal));
        Assert.Equal("/hankkeet?vuosi=2026&jarjestys=Updated", removePartner.GetAttribute("href"));
        Assert.True(byParticipant.QuerySelector("#kunta option[selected]")!.GetAttribute("value") == Hausjarvi);
        Assert.NotNull(jointOnly.QuerySelector("#yhteiset[checked]"));
    }

    [Fact]
    public async Task A_value_that_is_not_a_choice_is_reported_by_its_field_and_not_applied()
    {
        using var client = factory.BrowserFor(null);

        using var response = await client.GetAsync("/hankkeet?tila=Kesken&vuosi=kaksi&kunta=999");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tuntematon valinta – tätä rajausta ei käytetty.", page.FieldError("tila"));
        Assert.Equal("Tuntematon valinta – tätä rajausta ei käytetty.", page.FieldError("vuosi"));
        Assert.Equal("Tuntematon valinta – tätä rajausta ei käytetty.", page.FieldError("kunta"));
        Assert.Equal("true", page.GetElementById("tila")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector(".active-filters"));
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so_and_offer_to_clear_them()
    {
        using var client = factory.BrowserFor(null);

        var page = await client.GetDocumentAsync($"/hankkeet?kumppani={Guid.NewGuid():N}");

        Assert.Equal("0 hanketta", page.Text("#results-heading"));
        Assert.Equal("Näillä rajauksilla ei löytynyt hankkeita. Poista kaikki rajaukset", page.Text(".empty-state"));
        Assert.Equal("/hankkeet", page.QuerySelector(".empty-state a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_form_has_a_label_for_every_input_and_works_as_a_plain_get_form()
    {
        using var client = factory.BrowserFor(null);

        var page = await client.GetDocumentAsync("/hankkeet");

        var form = page.QuerySelector("form.project-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/hankkeet", form.GetAttribute("action"));
        foreach (var input in form.QuerySelectorAll("input[name], select[name]"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }

        Assert.NotNull(form.QuerySelector("fieldset > legend"));
    }

    private async Task<(string Title, Guid Id)> JointPublishedProjectAsync(ProjectStatus status)
    {
        var title = UniqueTitle("Yhteinen digituki");
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(author, SampleProject(title, Audience.Public, status));
        var admin = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        await factory.JoinAsync(author, id, admin, admin);
        await factory.PublishProjectAsync(author, reviewer, id);
        return (title, id);
    }

    private async Task<string> SoloPublishedProjectAsync(ProjectStatus status)
    {
        var title = UniqueTitle("Oma digituki");
        var author = await factory.ActorAsync(Karkola, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Karkola, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(author, SampleProject(title, Audience.Public, status));
        await factory.PublishProjectAsync(author, reviewer, id);
        return title;
    }
}
