using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PracticeNetwork.Modules.Search.Analysis;
using PracticeNetwork.Modules.Search.Indexing;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>The passage of a hit's text that best matches the query, HTML-encoded, each match in &lt;mark&gt;.</summary>
internal static class Snippets
{
    private const int Length = 200;

    public static string Of(Query? query, string language, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (query is not null && body.Length > 0)
        {
            var scorer = new QueryScorer(query);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, Length),
                MaxDocCharsToAnalyze = body.Length,
            };
            try
            {
                if (highlighter.GetBestFragment(SearchAnalyzers.For(language), IndexFields.TextOf(language), body) is { Length: > 0 } fragment)
                {
                    return fragment.Trim();
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // The passage below instead.
            }
        }

        return MinimalHtmlEncoder.Encode(Opening(body));
    }

    private static string Opening(string body)
    {
        if (body.Length <= Length)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', Length);
        return body[..(cut > Length / 2 ? cut : Length)] + "…";
    }
}

/// <summary>Encodes only what HTML needs (&amp; &lt; &gt; &quot; &#39;), so that ä stays ä in pages and the API.</summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    public string EncodeText(string originalText) => Encode(originalText ?? string.Empty);
}
