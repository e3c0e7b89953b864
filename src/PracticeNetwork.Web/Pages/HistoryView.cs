using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Pages;

/// <summary>
/// An item's history for the shared partial <c>_ContentHistory</c>: its published revisions with word diffs, and the
/// change log when the reader may see it. The content type names its fields (<see cref="FieldName"/>) and says in its
/// own words that nothing is published yet and who sees the change log.
/// </summary>
public sealed record HistoryView(
    ContentHistory History,
    string? Lang,
    Func<Guid, string?> NameOf,
    Func<string, string> FieldName,
    string NoRevisions,
    string ChangeLogIntro);
