using Microsoft.AspNetCore.Hosting;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The app with the demo network on (<c>Demo:Enabled</c>), as on a developer's machine.</summary>
public sealed class DemoNetworkFactory : PracticeNetworkFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "true");
    }
}

/// <summary>
/// With the demo network on, every page says that its content and figures are sample data, and the practices retelling the
/// published stories say it of their own figures; in production, no page says so.
/// </summary>
public sealed class DemoNoticeTests(DemoNetworkFactory demo, PracticeNetworkFactory production)
    : IClassFixture<DemoNetworkFactory>, IClassFixture<PracticeNetworkFactory>
{
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "fi", "/", "Tämä on demoverkosto: kunnat ovat oikeita, mutta sisältö ja luvut ovat esimerkkiaineistoa." },
        { "sv", "/kaytannot", "Det här är ett demonätverk: kommunerna är verkliga, men innehållet och siffrorna är exempeldata." },
        { "en", "/kunnat/316", "This is a demo network: the municipalities are real, but the content and figures are sample data." },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task With_the_demo_network_on_a_page_says_in_the_readers_language_that_the_content_is_sample_data(string language, string url, string notice)
    {
        var document = await PageAsync(demo, language, url);

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        var note = Assert.Single(document.QuerySelectorAll("header [role=note]"));
        Assert.Equal(notice, note.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Without_the_demo_network_no_page_says_so(string language, string url, string notice)
    {
        var document = await PageAsync(production, language, url);

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("[role=note]"));
        Assert.DoesNotContain(notice, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("karkola-team-working")]
    [InlineData("karkola-work-life-balance")]
    [InlineData("karkola-process-streamlining")]
    [InlineData("espoo-sales-invoice-quality")]
    public async Task A_practice_of_the_Karkola_or_Espoo_story_says_on_its_own_page_that_its_figures_are_sample_data(string key)
    {
        var document = await PageAsync(demo, "fi", $"/kaytannot/{PracticeNetwork.Host.Demo.DemoPractice.StableId("practice", key)}");

        Assert.Contains("Luvut ovat esimerkkiaineistoa.", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_demo_network_on_the_app_starts_with_its_practices_read_from_the_files()
    {
        var document = await PageAsync(demo, "fi", "/kaytannot?kunta=316");

        Assert.Contains("Tiimityö kunnan toimistopalveluissa", document.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(PracticeNetworkFactory factory, string language, string url)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await Html.ParseAsync(response);
    }
}
