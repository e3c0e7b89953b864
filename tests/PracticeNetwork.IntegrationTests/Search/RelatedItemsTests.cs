using System.Net;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.SearchCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// "Similar in other municipalities" on an item page and in the API: items whose texts are like the item's, of other
/// municipalities only, and only what the reader may open; nothing at all for an item the reader may not open.
/// </summary>
public sealed class RelatedItemsTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Each_reader_sees_the_similar_items_of_other_municipalities_that_they_may_open()
    {
        var (first, second) = (UniqueWord(), UniqueWord());
        PracticeContent About(Audience audience, string title) =>
            Practices.SampleContent(audience, title) with { Summary = $"Kotihoidon {first} ja {second} yhdessä: {first} {second}." };
        var espoo = await factory.PublishedPracticeAsync("049", Audience.Public, About(Audience.Public, $"Espoon {first} {second}"));
        var espooAlso = await factory.PublishedPracticeAsync("049", Audience.Public, About(Audience.Public, $"Espoon toinen {first} {second}"));
        var vaasaPublic = await factory.PublishedPracticeAsync("905", Audience.Public, About(Audience.Public, $"Vaasan {first} {second}"));
        var vaasaInternal = await factory.PublishedPracticeAsync("905", Audience.Internal, About(Audience.Internal, $"Vaasan sisäinen {first} {second}"));
        var karkolaNetwork = await factory.PublishedPracticeAsync("316", Audience.Network, About(Audience.Network, $"Kärkölän {first} {second}"));
        var vaasa = (await factory.ApiCallerAsync("905", MunicipalityRoles.Viewer)).Client;
        await EventuallyAsync(async () => Ids(await SearchAsync(vaasa, first)).Count == 5, "all indexed");

        var mine = new HashSet<Guid> { espoo.Id, espooAlso.Id, vaasaPublic.Id, vaasaInternal.Id, karkolaNetwork.Id };
        async Task<List<Guid>> SimilarAsync(HttpClient client)
        {
            var response = await client.GetAsync($"/api/v1/search/similar/{espoo.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return [.. items.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).Where(mine.Contains)];
        }

        Assert.Equal([vaasaPublic.Id], await SimilarAsync(factory.CreateClient()));
        Assert.Equal(new[] { karkolaNetwork.Id, vaasaInternal.Id, vaasaPublic.Id }.Order(), (await SimilarAsync(vaasa)).Order());
        var karkola = (await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer)).Client;
        Assert.Equal(new[] { karkolaNetwork.Id, vaasaPublic.Id }.Order(), (await SimilarAsync(karkola)).Order());

        var vaasaMember = await factory.NewMemberAsync("905", MunicipalityRoles.Viewer);
        var page = await factory.ClientFor(vaasaMember.PersonId, vaasaMember.MunicipalityId).GetDocumentAsync($"/kaytannot/{espoo.Id}");
        var section = page.QuerySelector("section.related-items")!;
        Assert.Equal("Samankaltaista muissa kunnissa", section.QuerySelector("h2")!.TextContent.Trim());
        var links = section.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains($"/kaytannot/{vaasaInternal.Id}", links);
        Assert.DoesNotContain($"/kaytannot/{espooAlso.Id}", links);
        Assert.DoesNotContain($"/kaytannot/{espoo.Id}", links);

        var anonymousPage = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{espoo.Id}");
        var anonymousLinks = anonymousPage.QuerySelectorAll("section.related-items a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains($"/kaytannot/{vaasaPublic.Id}", anonymousLinks);
        Assert.DoesNotContain($"/kaytannot/{vaasaInternal.Id}", anonymousLinks);
        Assert.DoesNotContain($"/kaytannot/{karkolaNetwork.Id}", anonymousLinks);
    }

    [Fact]
    public async Task An_item_the_reader_may_not_open_has_no_similar_items_for_them()
    {
        var word = UniqueWord();
        var espooInternal = await factory.PublishedPracticeAsync("049", Audience.Internal, Practices.SampleContent(Audience.Internal, $"Espoon {word}"));
        await factory.PublishedPracticeAsync("905", Audience.Public, Practices.SampleContent(Audience.Public, $"Vaasan {word}"));
        var espoo = (await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer)).Client;
        await EventuallyAsync(async () => Ids(await SearchAsync(espoo, word)).Count == 2, "both indexed");

        var own = await espoo.GetAsync($"/api/v1/search/similar/{espooInternal.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var vaasa = (await factory.ApiCallerAsync("905", MunicipalityRoles.Viewer)).Client;
        foreach (var client in new[] { vaasa, factory.CreateClient() })
        {
            var response = await client.GetAsync($"/api/v1/search/similar/{espooInternal.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var unknown = await factory.CreateClient().GetAsync($"/api/v1/search/similar/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var notAnId = await factory.CreateClient().GetAsync("/api/v1/search/similar/lasku");
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }
}
