using PracticeNetwork.Web.Markdown;

namespace PracticeNetwork.UnitTests;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> Payloads =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![x](javascript:alert(1))",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "`<script>` in code and <b onmouseover=alert(1)>bold</b>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_script_survives(string payload)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + Render(payload) + "</body>");
        var elements = document.Body!.QuerySelectorAll("*");

        Assert.Empty(document.Body.QuerySelectorAll("script, iframe, img, svg, object, embed, style, div"));
        Assert.DoesNotContain(elements.SelectMany(element => element.Attributes), attribute =>
            attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style" || attribute.Name == "src");
        Assert.All(elements.Where(element => element.HasAttribute("href")), link =>
            Assert.Matches("^(https?|mailto):", link.GetAttribute("href")!));
    }

    [Fact]
    public void Markdown_becomes_formatting_and_links_are_safe()
    {
        var html = Render("## Tulokset\n\n**Sijaistukset** sujuvat.\n\n- yksi\n- kaksi\n\n[Raportti](https://example.fi/r)");

        Assert.Contains("<h3>Tulokset</h3>", html);
        Assert.Contains("<strong>Sijaistukset</strong>", html);
        Assert.Contains("<li>yksi</li>", html);
        Assert.Contains("href=\"https://example.fi/r\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("# Tavoitteet\n\n## Mittarit")]
    [InlineData("## Tavoitteet\n\n### Mittarit")]
    [InlineData("### Tavoitteet\n\n#### Mittarit")]
    public void The_texts_top_heading_becomes_the_given_level_and_the_rest_follow(string markdown)
    {
        var html = Render(markdown);

        Assert.Contains("<h3>Tavoitteet</h3>", html);
        Assert.Contains("<h4>Mittarit</h4>", html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = Render("Käytä <b>lihavointia</b>");

        Assert.Contains("&lt;b&gt;lihavointia&lt;/b&gt;", html);
    }

    private string Render(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
