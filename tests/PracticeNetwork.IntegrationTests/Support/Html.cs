using AngleSharp;
using AngleSharp.Dom;

namespace PracticeNetwork.IntegrationTests;

internal static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    /// <summary>The municipality links a reader sees: those not hidden (by their item or their region group).</summary>
    public static IReadOnlyList<string> VisibleMunicipalities(this IDocument document) =>
        document.QuerySelectorAll("[data-region-group]:not([hidden]) li[data-search]:not([hidden]) a")
            .Select(link => link.TextContent.Trim())
            .ToList();
}
