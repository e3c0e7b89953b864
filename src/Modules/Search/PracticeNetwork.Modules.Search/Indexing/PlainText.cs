namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>Markdown as the words a reader sees: what is indexed and what snippets quote.</summary>
internal static class PlainText
{
    private static readonly Markdig.MarkdownPipeline Pipeline = new Markdig.MarkdownPipelineBuilder().Build();

    public static string Of(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
}
