using System.Net;
using AngleSharp.Html.Parser;

namespace PracticeNetwork.EndToEndTests;

/// <summary>The app started as <c>dotnet /path/PracticeNetwork.Host.dll</c> from an unrelated directory.</summary>
public sealed class RunningAppInAnotherDirectory : RunningApp
{
    protected override string WorkingDirectory => Directory.CreateDirectory(Path.Combine(DataFolder, "elsewhere")).FullName;
}

/// <summary>Started from any directory, the app still serves its styles and scripts, so pages are not shown unstyled.</summary>
public sealed class RunningFromAnotherDirectoryTests(RunningAppInAnotherDirectory app) : IClassFixture<RunningAppInAnotherDirectory>
{
    [Fact]
    public async Task The_stylesheet_is_served_as_css()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        using var response = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_page_links_its_stylesheet_and_script_and_both_load()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri("/kunnat", UriKind.Relative)));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        var script = page.QuerySelector("script[src*=municipality-filter]")?.GetAttribute("src");

        Assert.NotNull(stylesheet);
        Assert.NotNull(script);
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        using var css = await http.GetAsync(new Uri(stylesheet, UriKind.Relative));
        using var js = await http.GetAsync(new Uri(script, UriKind.Relative));
        Assert.Equal((HttpStatusCode.OK, "text/css"), (css.StatusCode, css.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("javascript", js.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
