using System.Net;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.SearchCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The search through the real host on the real database: the index follows publish, audience change, archive and
/// delete within seconds; the API and the page show each reader only what they may open, counts and facets
/// included; bad parameters get field errors.
/// </summary>
public sealed class SearchTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_index_follows_publish_a_minor_audience_change_archive_and_delete()
    {
        var word = UniqueWord();
        var content = Practices.SampleContent(Audience.Public, $"Etätyöpisteiden varaus {word}");
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, content);
        var anonymous = factory.CreateClient();

        await EventuallyAsync(async () => Ids(await SearchAsync(anonymous, word)).SequenceEqual([practice.Id]), "published");

        var version = await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer,
            sender => sender.Send(new UpdatePractice(practice.Id, content with { Audience = Audience.Internal }, practice.Version, MinorChange: true)).AsTask());
        await EventuallyAsync(async () => (await SearchAsync(anonymous, word)).GetProperty("total").GetInt32() == 0, "narrowed to internal");
        var karkola = (await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer)).Client;
        Assert.Equal([practice.Id], Ids(await SearchAsync(karkola, word)));

        version = await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer,
            sender => sender.Send(new ChangePracticeStatus(practice.Id, WorkflowStep.Archive, version)).AsTask());
        await EventuallyAsync(async () => (await SearchAsync(karkola, word)).GetProperty("total").GetInt32() == 0, "archived");
        var withArchived = await SearchAsync(karkola, word, "&includeArchived=true");
        Assert.True(Assert.Single(withArchived.GetProperty("items").EnumerateArray().ToList()).GetProperty("archived").GetBoolean());

        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, async sender => await sender.Send(new DeletePractice(practice.Id, version)));
        await EventuallyAsync(async () => (await SearchAsync(karkola, word, "&includeArchived=true")).GetProperty("total").GetInt32() == 0, "deleted");
    }

    [Fact]
    public async Task A_reader_of_another_municipality_neither_finds_nor_counts_an_internal_item()
    {
        var word = UniqueWord();
        var espooInternal = await factory.PublishedPracticeAsync("049", Audience.Internal, Practices.SampleContent(Audience.Internal, $"Sisäinen ohje {word}"));
        var network = await factory.PublishedPracticeAsync("049", Audience.Network, Practices.SampleContent(Audience.Network, $"Verkoston ohje {word}"));
        var espoo = (await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer)).Client;
        await EventuallyAsync(async () => Ids(await SearchAsync(espoo, word)).Count == 2, "both indexed");

        var vaasa = (await factory.ApiCallerAsync("905", MunicipalityRoles.Viewer)).Client;
        var asVaasa = await SearchAsync(vaasa, word);
        Assert.Equal([network.Id], Ids(asVaasa));
        Assert.Equal(1, asVaasa.GetProperty("total").GetInt32());
        Assert.All(asVaasa.GetProperty("facets").EnumerateObject().Where(facet => facet.Name is "kind" or "municipality" or "year"),
            facet => Assert.Equal(1, facet.Value.EnumerateArray().Sum(value => value.GetProperty("count").GetInt32())));
        Assert.Equal("049", Assert.Single(asVaasa.GetProperty("facets").GetProperty("municipality").EnumerateArray().ToList()).GetProperty("value").GetString());

        var asAnonymous = await SearchAsync(factory.CreateClient(), word);
        Assert.Equal(0, asAnonymous.GetProperty("total").GetInt32());
        Assert.All(asAnonymous.GetProperty("facets").EnumerateObject(), facet => Assert.Empty(facet.Value.EnumerateArray()));

        var vaasaMember = await factory.NewMemberAsync("905", MunicipalityRoles.Viewer);
        var page = await factory.ClientFor(vaasaMember.PersonId, vaasaMember.MunicipalityId).GetDocumentAsync($"/haku?q={word}");
        Assert.Equal("1 tulos", page.QuerySelector("[data-result-count]")!.TextContent.Trim());
        Assert.DoesNotContain("Sisäinen ohje", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Verkoston ohje", page.Body.TextContent, StringComparison.Ordinal);

        var espooMember = await factory.NewMemberAsync("049", MunicipalityRoles.Viewer);
        var espooPage = await factory.ClientFor(espooMember.PersonId, espooMember.MunicipalityId).GetDocumentAsync($"/haku?q={word}");
        Assert.Equal("2 tulosta", espooPage.QuerySelector("[data-result-count]")!.TextContent.Trim());
        Assert.Contains(espooPage.QuerySelectorAll(".search-hit__title a"), link => link.GetAttribute("href") == $"/kaytannot/{espooInternal.Id}");
    }

    [Fact]
    public async Task The_page_narrows_with_facets_and_keeps_the_choices_in_its_links()
    {
        var word = UniqueWord();
        await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(Audience.Public, $"Kärkölän ohje {word}"));
        await factory.PublishedPracticeAsync("049", Audience.Public, Practices.SampleContent(Audience.Public, $"Espoon ohje {word}"));
        var anonymous = factory.CreateClient();
        await EventuallyAsync(async () => Ids(await SearchAsync(anonymous, word)).Count == 2, "both indexed");

        var page = await anonymous.GetDocumentAsync($"/haku?q={word}");
        var espooChoice = page.QuerySelector("input[name=kunta][value='049']")!;
        Assert.Equal("Espoo (1)", page.QuerySelector($"label[for='{espooChoice.Id}']")!.TextContent.Trim());

        var narrowed = await anonymous.GetDocumentAsync($"/haku?q={word}&kunta=049");
        Assert.Equal("1 tulos", narrowed.QuerySelector("[data-result-count]")!.TextContent.Trim());
        Assert.True(narrowed.QuerySelector("input[name=kunta][value='049']")!.HasAttribute("checked"));
        Assert.Equal(["Espoon ohje " + word], narrowed.QuerySelectorAll(".search-hit__title a").Select(link => link.TextContent.Trim()));
        Assert.Contains("kunta=049", narrowed.QuerySelectorAll(".search-sort-links a").Single().GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_get_field_errors_from_the_api_and_a_notice_on_the_page()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?kind=recipe&year=soon&municipality=999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["kind", "municipality", "year"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));

        var page = await factory.CreateClient().GetDocumentAsync("/haku?tyyppi=resepti&q=lasku");
        Assert.Contains("tyyppi", page.QuerySelector(".error-summary[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("lasku", page.QuerySelector("#search-text")!.GetAttribute("value"));
    }
}
