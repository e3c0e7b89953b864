using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Who sees what through the API: each kind of reader × Kärkölä's draft, internal, network and public practices (and
/// Espoo's network and internal ones) × the list, its count and the single item. A reader neither gets nor counts
/// anything they could not open. This class's database holds only these practices, so the counts are exact.
/// </summary>
public sealed class PracticesApiVisibilityTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Reader
    {
        Anonymous,
        KarkolaViewer,
        EspooViewer,
        KarkolaAuthorOfTheDraft,
        KarkolaReviewer,
    }

    private enum Item
    {
        KarkolaDraft,
        KarkolaInternal,
        KarkolaNetwork,
        KarkolaPublic,
        EspooInternal,
        EspooNetwork,
    }

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<World>> Worlds = [];

    /// <summary>The items each reader may open; the list shows those of them that are published.</summary>
    private static readonly Dictionary<Reader, Item[]> MayOpen = new()
    {
        [Reader.Anonymous] = [Item.KarkolaPublic],
        [Reader.KarkolaViewer] = [Item.KarkolaInternal, Item.KarkolaNetwork, Item.KarkolaPublic, Item.EspooNetwork],
        [Reader.EspooViewer] = [Item.KarkolaNetwork, Item.KarkolaPublic, Item.EspooInternal, Item.EspooNetwork],
        [Reader.KarkolaAuthorOfTheDraft] = [Item.KarkolaDraft, Item.KarkolaInternal, Item.KarkolaNetwork, Item.KarkolaPublic, Item.EspooNetwork],
        [Reader.KarkolaReviewer] = [Item.KarkolaDraft, Item.KarkolaInternal, Item.KarkolaNetwork, Item.KarkolaPublic, Item.EspooNetwork],
    };

    public static TheoryData<Reader> Readers() => [.. Enum.GetValues<Reader>()];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_reader_gets_and_lists_exactly_what_they_may_open(Reader reader)
    {
        var world = await Worlds.GetValue(factory, BuildAsync);
        var client = world.Clients[reader];
        var mayOpen = MayOpen[reader].ToHashSet();

        foreach (var (item, id) in world.Ids)
        {
            using var response = await client.GetAsync($"/api/v1/practices/{id}");
            Assert.True(
                (mayOpen.Contains(item) ? HttpStatusCode.OK : HttpStatusCode.NotFound) == response.StatusCode,
                $"{reader} opening {item}: {(int)response.StatusCode}");
        }

        var listed = mayOpen.Where(item => item != Item.KarkolaDraft).Select(item => world.Ids[item]).Order().ToList();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices?pageSize=100");
        var karkola = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices?municipality=316");
        var paijatHame = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices?region=07&pageSize=1");

        Assert.Equal(listed, Ids(all).Order());
        Assert.Equal(listed.Count, all.GetProperty("total").GetInt32());
        var karkolaListed = mayOpen.Where(item => item is Item.KarkolaInternal or Item.KarkolaNetwork or Item.KarkolaPublic).Select(item => world.Ids[item]).Order().ToList();
        Assert.Equal(karkolaListed, Ids(karkola).Order());
        Assert.Equal(karkolaListed.Count, karkola.GetProperty("total").GetInt32());
        Assert.Equal(karkolaListed.Count, paijatHame.GetProperty("total").GetInt32());
        Assert.Equal(karkolaListed.Count, paijatHame.GetProperty("pageCount").GetInt32());
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    private static async Task<World> BuildAsync(PracticeNetworkFactory factory)
    {
        var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (draft, _) = await author.CreateDraftAsync(Practices.SampleContent(Audience.Public));
        var ids = new Dictionary<Item, Guid>
        {
            [Item.KarkolaDraft] = draft,
            [Item.KarkolaInternal] = (await factory.PublishedPracticeAsync("316", Audience.Internal)).Id,
            [Item.KarkolaNetwork] = (await factory.PublishedPracticeAsync("316", Audience.Network)).Id,
            [Item.KarkolaPublic] = (await factory.PublishedPracticeAsync("316", Audience.Public)).Id,
            [Item.EspooInternal] = (await factory.PublishedPracticeAsync("049", Audience.Internal)).Id,
            [Item.EspooNetwork] = (await factory.PublishedPracticeAsync("049", Audience.Network)).Id,
        };
        var clients = new Dictionary<Reader, HttpClient>
        {
            [Reader.Anonymous] = factory.CreateClient(),
            [Reader.KarkolaViewer] = (await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer)).Client,
            [Reader.EspooViewer] = (await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer)).Client,
            [Reader.KarkolaAuthorOfTheDraft] = author.Client,
            [Reader.KarkolaReviewer] = (await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer)).Client,
        };
        return new World(ids, clients);
    }

    private sealed record World(IReadOnlyDictionary<Item, Guid> Ids, IReadOnlyDictionary<Reader, HttpClient> Clients);
}
