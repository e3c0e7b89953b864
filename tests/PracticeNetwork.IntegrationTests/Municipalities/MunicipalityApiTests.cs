using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PracticeNetwork.IntegrationTests;

public sealed class MunicipalityApiTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_list_is_grouped_by_region_and_filterable()
    {
        var all = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.Equal(19, all.GetArrayLength());
        Assert.Equal(309, all.EnumerateArray().Sum(group => group.GetProperty("municipalities").GetArrayLength()));

        var found = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=k%C3%A4rk%C3%B6");
        var group = Assert.Single(found.EnumerateArray());
        Assert.Equal("07", group.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Kärkölä", Assert.Single(group.GetProperty("municipalities").EnumerateArray()).GetProperty("nameFi").GetString());
    }

    [Fact]
    public async Task One_municipality_by_code()
    {
        var details = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities/049");
        Assert.Equal("Esbo", details.GetProperty("municipality").GetProperty("nameSv").GetString());
        Assert.Equal("Uusimaa", details.GetProperty("region").GetProperty("nameFi").GetString());
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_problem()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/municipalities/999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_filters_are_a_400_problem_with_field_errors()
    {
        var longSearch = new string('a', 101);
        using var response = await factory.CreateClient().GetAsync($"/api/v1/municipalities?region=7&q={longSearch}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("region", out _));
        Assert.True(errors.TryGetProperty("q", out _));
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_not_an_html_page()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
