namespace PracticeNetwork.Content.Contracts;

/// <summary>What happened to an item, as its change log records it.</summary>
public enum ContentChangeKind
{
    Created,
    Edited,
    SubmittedForReview,
    Published,
    ReturnedToAuthor,
    Archived,
    Restored,
    Deleted,
    Undeleted,
    AttachmentAdded,
    AttachmentRemoved,
}

public sealed record ChangeEntry(DateTimeOffset At, Guid PersonId, ContentChangeKind Kind, IReadOnlyList<string> Fields, string? Comment);

public enum TextChange
{
    Unchanged,
    Inserted,
    Deleted,
}

public sealed record TextDiffSegment(TextChange Change, string Text);

/// <summary>How one text field changed from the previous revision.</summary>
public sealed record FieldDiff(string Field, IReadOnlyList<TextDiffSegment> Segments);

public sealed record RevisionEntry(
    int Number, DateTimeOffset PublishedAt, Guid PublishedBy, string Title, IReadOnlyList<string> ChangedFields, IReadOnlyList<FieldDiff> TextDiffs);

/// <summary>
/// The published revisions of an item (those whose own audience lets the reader in) and, for its own municipality's
/// authors and reviewers, every change.
/// </summary>
public sealed record ContentHistory(Guid ItemId, string Title, IReadOnlyList<RevisionEntry> Revisions, IReadOnlyList<ChangeEntry> Changes);
