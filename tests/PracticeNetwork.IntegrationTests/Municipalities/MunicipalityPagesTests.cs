using System.Net;

namespace PracticeNetwork.IntegrationTests;

public sealed class MunicipalityPagesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_list_shows_all_309_municipalities_in_19_regions()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/kunnat");

        Assert.Equal(309, document.VisibleMunicipalities().Count);
        Assert.Equal(19, document.QuerySelectorAll("[data-region-group]:not([hidden]) h2").Length);
        Assert.Contains("309", document.QuerySelector("[data-result-count]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kärk")]
    [InlineData("karkola")]
    [InlineData("316")]
    public async Task Searching_without_JavaScript_shows_only_the_matches(string search)
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/kunnat?q={Uri.EscapeDataString(search)}");

        Assert.Equal(["Kärkölä"], document.VisibleMunicipalities());
        Assert.Equal(search, document.QuerySelector("main input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Filtering_by_region_shows_that_region_only()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/kunnat?region=07");

        var visible = document.VisibleMunicipalities();
        Assert.Contains("Kärkölä", visible);
        Assert.Contains("Lahti", visible);
        Assert.DoesNotContain("Helsinki", visible);
        Assert.Single(document.QuerySelectorAll("[data-region-group]"));
    }

    [Fact]
    public async Task An_invalid_filter_is_shown_next_to_its_field_and_the_list_stays()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/kunnat?region=x1");

        var error = document.QuerySelector("#region-error");
        Assert.NotNull(error);
        Assert.Equal("true", document.QuerySelector("#region")!.GetAttribute("aria-invalid"));
        Assert.Equal(309, document.VisibleMunicipalities().Count);
    }

    [Fact]
    public async Task Swedish_readers_see_Swedish_names_sorted_in_Swedish()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-FI");

        var document = await client.GetDocumentAsync("/kunnat?region=01");

        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        var names = document.VisibleMunicipalities().ToList();
        Assert.Contains("Esbo", names);
        Assert.Contains("Helsingfors", names);
        Assert.True(names.IndexOf("Esbo") < names.IndexOf("Helsingfors"));
    }

    [Fact]
    public async Task The_municipality_page_has_a_stable_url_by_official_code()
    {
        var client = factory.CreateClient();
        var document = await client.GetDocumentAsync("/kunnat/316");

        Assert.Equal("Kärkölä", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Päijät-Häme", document.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        var neighbours = document.QuerySelectorAll("section .municipality-list a").Select(link => link.TextContent).ToList();
        Assert.Contains("Hollola", neighbours);
        Assert.DoesNotContain("Kärkölä", neighbours);
    }

    [Fact]
    public async Task A_bilingual_municipality_shows_its_other_name()
    {
        var document = await factory.CreateClient().GetDocumentAsync("/kunnat/049");

        Assert.Equal("Espoo", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Esbo", document.QuerySelector("p.lead")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_404_page_in_the_readers_language()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await client.GetAsync("/kunnat/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Page not found", document.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_page_has_the_layout_landmarks_and_the_accessibility_statement_link()
    {
        foreach (var url in new[] { "/", "/kunnat", "/kunnat/316", "/saavutettavuus" })
        {
            var document = await factory.CreateClient().GetDocumentAsync(url);
            Assert.Equal("fi", document.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(document.QuerySelector("header"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("nav[aria-label]"));
            Assert.NotNull(document.QuerySelector("footer a[href='/saavutettavuus']"));
            Assert.Single(document.QuerySelectorAll("h1"));
        }
    }
}
