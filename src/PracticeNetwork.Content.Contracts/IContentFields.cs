namespace PracticeNetwork.Content.Contracts;

/// <summary>
/// What the shared content machinery needs to know of a content type's fields (its record of everything an author
/// writes): the title and audience, which fields differ from another version (API names, for revisions and the
/// change log), and the long texts for word diffs.
/// </summary>
public interface IContentFields<TSelf>
    where TSelf : IContentFields<TSelf>
{
    string Title { get; }

    Audience Audience { get; }

    /// <summary>The language the item is written in (fi, sv or en): search analyses its texts with that language's rules.</summary>
    string Language { get; }

    /// <summary>The themes the item is classified under (followers of a theme hear of it).</summary>
    IReadOnlyList<Theme> Themes { get; }

    IReadOnlyList<string> ChangedFields(TSelf other);

    IReadOnlyList<(string Field, string Text)> Texts();

    /// <summary>
    /// The fields (API names) whose change followers always hear about, besides a text changed in substance:
    /// the classification (stage, status, themes…).
    /// </summary>
    static abstract IReadOnlySet<string> ClassificationFields { get; }
}
