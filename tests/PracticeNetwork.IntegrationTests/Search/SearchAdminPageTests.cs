using System.Net;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.IntegrationTests.Notifications;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The network admins' search index page: what this server's index holds per content type and how far behind it is,
/// and a rebuild from the database after which the index holds the same items and the search keeps answering.
/// </summary>
public sealed class SearchAdminPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_network_admin_sees_the_index_per_content_type_and_rebuilds_it_without_losing_an_item()
    {
        var word = "x" + Guid.NewGuid().ToString("N")[..12];
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(Audience.Public, $"Indeksin ylläpito {word}"));
        await factory.PublishedPracticeAsync("049", Audience.Internal, Practices.SampleContent(Audience.Internal, $"Sisäinen ohje {word}"));
        var admin = await factory.NetworkAdminClientAsync();
        await UntilAsync(async () => (await SearchAsync(word)).Count == 1, "the practice is indexed");

        var page = await admin.GetDocumentAsync("/verkosto/haku");
        Assert.Equal("Hakuindeksi", page.QuerySelector("h1")!.TextContent.Trim());
        var practices = page.QuerySelector("tr[data-kind=practice]")!;
        // Internal items are in the index too (their own municipality finds them); the page counts every item.
        Assert.Equal("2", practices.QuerySelector("[data-items]")!.TextContent.Trim());
        Assert.Equal("ajan tasalla", practices.QuerySelector("[data-lag]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("tr[data-kind=project]"));
        Assert.NotNull(page.QuerySelector("tr[data-kind=process]"));
        var builtBefore = page.QuerySelector("[data-built-at]")!.GetAttribute("data-built-at");

        using var rebuilt = await FormPost.From(page, "form[action*='Rebuild']").SendAsync(admin);
        Assert.Contains("Uudelleenrakennus alkaa", (await Html.ParseAsync(rebuilt)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        await UntilAsync(async () =>
        {
            page = await admin.GetDocumentAsync("/verkosto/haku");
            return page.QuerySelector("[data-built-at]")!.GetAttribute("data-built-at") != builtBefore
                && page.QuerySelector("[data-state]")!.TextContent.Trim() == "Valmis";
        }, "rebuilt");

        Assert.Equal("2", page.QuerySelector("tr[data-kind=practice] [data-items]")!.TextContent.Trim());
        Assert.Equal([practice.Id], await SearchAsync(word));
    }

    private async Task<List<Guid>> SearchAsync(string word) =>
        [.. JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/v1/search?q={word}")).RootElement
            .GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not {what} within 30 s.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Only_network_admins_open_the_page_or_rebuild()
    {
        var municipalityAdmin = await factory.NewMemberAsync("316", MunicipalityRoles.MunicipalityAdmin);
        using var refused = await factory.ClientFor(municipalityAdmin.PersonId, municipalityAdmin.MunicipalityId).GetAsync("/verkosto/haku");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // With a valid form token of their own (from a page they may open), the rebuild is still refused.
        var client = factory.ClientFor(municipalityAdmin.PersonId, municipalityAdmin.MunicipalityId);
        var settings = await client.GetDocumentAsync("/ilmoitukset/asetukset");
        var token = settings.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var rebuild = await client.PostAsync("/verkosto/haku?handler=Rebuild",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, rebuild.StatusCode);
    }
}
