using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectsApiCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The project list: each filter (status, owner or participant, region, theme, year, joint, partner), sorting and
/// paging, counts that only count what the reader may open, and a 400 naming every bad parameter. This class's
/// database holds only these projects, so the counts are exact.
/// </summary>
public sealed class ProjectsApiListTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<World>> Worlds = [];

    [Fact]
    public async Task Bad_query_values_are_400_with_a_field_error_for_each()
    {
        using var response = await factory.CreateClient().GetAsync(
            $"{Root}?status=Dreaming&municipality=999&region=99&theme=Astrology&year=last&joint=maybe&partner={new string('x', 201)}" +
            "&includeArchived=maybe&sort=popular&page=0&pageSize=101");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["includeArchived", "joint", "municipality", "page", "pageSize", "partner", "region", "sort", "status", "theme", "year"],
            (await response.FieldErrorsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_region_lists_the_projects_its_municipalities_own_or_take_part_in_page_by_page()
    {
        var world = await Worlds.GetValue(factory, BuildAsync);

        using var first = await world.Member.GetAsync($"{Root}?region=05&pageSize=3&sort=title");
        var firstPage = await first.JsonAsync();
        var next = firstPage.GetProperty("next").GetString()!;
        using var second = await world.Member.GetAsync(next);
        var secondPage = await second.JsonAsync();

        Assert.Equal(4, firstPage.GetProperty("total").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("pageCount").GetInt32());
        Assert.Equal([world.Adults, world.Bus, world.Cafe], Ids(firstPage));
        Assert.Contains("rel=\"next\"", string.Join(",", first.Headers.GetValues("Link")), StringComparison.Ordinal);
        Assert.Contains("region=05", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal([world.Digital], Ids(secondPage));
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("next").ValueKind);
        Assert.Contains("rel=\"prev\"", string.Join(",", second.Headers.GetValues("Link")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_name_the_owner_and_the_participants_by_code_and_say_where_the_project_is()
    {
        var world = await Worlds.GetValue(factory, BuildAsync);

        var page = await world.Member.GetFromJsonAsync<JsonElement>($"{Root}?region=05&sort=title");
        var items = page.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("id").GetGuid());

        var adults = items[world.Adults];
        Assert.Equal("433", adults.GetProperty("municipality").GetProperty("code").GetString());
        Assert.Equal("Loppi", adults.GetProperty("municipality").GetProperty("nameFi").GetString());
        Assert.Equal("Ongoing", adults.GetProperty("status").GetString());
        Assert.Equal("Published", adults.GetProperty("publicationStatus").GetString());
        Assert.Equal("2024-01-01", adults.GetProperty("startDate").GetString());
        Assert.False(adults.GetProperty("isJoint").GetBoolean());
        Assert.Empty(adults.GetProperty("participants").EnumerateArray());
        Assert.Equal(["Hyria Koulutus"], adults.GetProperty("partners").EnumerateArray().Select(partner => partner.GetString()));
        Assert.Equal(Url(world.Adults), adults.GetProperty("url").GetString());
        var cafe = items[world.Cafe];
        Assert.Equal("316", cafe.GetProperty("municipality").GetProperty("code").GetString());
        Assert.True(cafe.GetProperty("isJoint").GetBoolean());
        Assert.Equal(["694"], cafe.GetProperty("participants").EnumerateArray().Select(participant => participant.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("municipality=694", "Cafe,Digital")]
    [InlineData("municipality=433", "Adults,Bus")]
    [InlineData("municipality=433&municipality=316", "Adults,Bus,Cafe")]
    [InlineData("region=05&joint=true", "Cafe")]
    [InlineData("region=05&status=planned", "Bus")]
    [InlineData("region=05&status=Completed", "Digital")]
    [InlineData("region=05&theme=Education", "Adults,Digital")]
    [InlineData("region=05&year=2024", "Adults")]
    [InlineData("municipality=694&year=2023", "Cafe")]
    [InlineData("region=05&partner=Hyria%20Koulutus", "Adults,Digital")]
    [InlineData("region=05&partner=laurea", "Bus,Cafe")]
    [InlineData("region=05&theme=Youth&status=Planned", "")]
    public async Task Each_filter_narrows_the_list_and_the_count(string query, string expected)
    {
        var world = await Worlds.GetValue(factory, BuildAsync);

        var page = await world.Member.GetFromJsonAsync<JsonElement>($"{Root}?{query}&sort=title");

        var names = expected.Length == 0 ? [] : expected.Split(',').Select(world.Named).ToList();
        Assert.Equal(names, Ids(page));
        Assert.Equal(names.Count, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_default_order_is_the_latest_start_first()
    {
        var world = await Worlds.GetValue(factory, BuildAsync);

        var page = await world.Member.GetFromJsonAsync<JsonElement>($"{Root}?region=05");

        Assert.Equal([world.Bus, world.Adults, world.Cafe, world.Digital], Ids(page));
    }

    [Fact]
    public async Task Anonymous_readers_neither_get_nor_count_a_project_open_to_members_only()
    {
        var world = await Worlds.GetValue(factory, BuildAsync);
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetFromJsonAsync<JsonElement>($"{Root}?region=05&sort=title");
        var byParticipant = await anonymous.GetFromJsonAsync<JsonElement>($"{Root}?municipality=694&joint=true");
        using var cafe = await anonymous.GetAsync(Url(world.Cafe));

        Assert.Equal([world.Adults, world.Bus, world.Digital], Ids(page));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(0, byParticipant.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, cafe.StatusCode);
    }

    private static async Task<World> BuildAsync(PracticeNetworkFactory factory)
    {
        var loppi = await factory.ApiCallerAsync("433", MunicipalityRoles.Author);
        var loppiReviewer = await factory.ApiCallerAsync("433", MunicipalityRoles.Reviewer);
        var riihimaki = await factory.ApiCallerAsync("694", MunicipalityRoles.Author);
        var riihimakiReviewer = await factory.ApiCallerAsync("694", MunicipalityRoles.Reviewer);
        var riihimakiAdmin = await factory.ApiCallerAsync("694", MunicipalityRoles.MunicipalityAdmin);
        var karkola = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var karkolaReviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);

        async Task<Guid> PublishedAsync(ApiCaller author, ApiCaller reviewer, ProjectContent content)
        {
            var (id, _) = await author.CreateProjectAsync(content);
            await author.PublishAsync(reviewer, id);
            return id;
        }

        var adults = await PublishedAsync(loppi, loppiReviewer, SampleProject(
            Audience.Public, "Aikuisten oppisopimus", ProjectStatus.Ongoing, Theme.Education, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), "Hyria Koulutus"));
        var bus = await PublishedAsync(loppi, loppiReviewer, SampleProject(
            Audience.Public, "Bussilla töihin", ProjectStatus.Planned, Theme.Transport, new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), "Laurea-ammattikorkeakoulu"));
        var cafe = await PublishedAsync(karkola, karkolaReviewer, SampleProject(
            Audience.Network, "Cafe nuorille", ProjectStatus.Ongoing, Theme.Youth, new DateOnly(2022, 1, 1), new DateOnly(2023, 6, 30), "Laurea-ammattikorkeakoulu"));
        await karkola.JoinAsync(cafe, "694", riihimakiAdmin, riihimaki);
        var digital = await PublishedAsync(riihimaki, riihimakiReviewer, SampleProject(
            Audience.Public, "Digiopastus", ProjectStatus.Completed, Theme.Education, new DateOnly(2020, 2, 1), new DateOnly(2021, 11, 30), "Hyria Koulutus"));
        // A draft of the region: on no list of a reader from elsewhere.
        await loppi.CreateProjectAsync(SampleProject(Audience.Public, "Luonnos"));

        var espoo = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        return new World(espoo.Client, adults, bus, cafe, digital);
    }

    private sealed record World(HttpClient Member, Guid Adults, Guid Bus, Guid Cafe, Guid Digital)
    {
        public Guid Named(string name) => name switch
        {
            "Adults" => Adults,
            "Bus" => Bus,
            "Cafe" => Cafe,
            _ => Digital,
        };
    }
}
