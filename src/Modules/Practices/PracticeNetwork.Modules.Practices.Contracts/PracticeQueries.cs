using Mediator;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>Where a practice is in the review workflow.</summary>
public enum PracticeStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

/// <summary>One practice, if the current reader may open it; null otherwise (pages answer 404).</summary>
public sealed record GetPractice(Guid PracticeId) : IQuery<PracticeDetails?>;

public sealed record PracticeAttachmentInfo(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

/// <summary>What the current reader may do with the practice.</summary>
public sealed record PracticePermissions(bool CanEdit, bool CanDelete, bool CanRestore, IReadOnlyList<PracticeStep> Steps)
{
    public static readonly PracticePermissions None = new(CanEdit: false, CanDelete: false, CanRestore: false, []);
}

public sealed record PracticeDetails(
    Guid Id,
    Guid MunicipalityId,
    PracticeContent Content,
    PracticeStatus Status,
    int Version,
    int RevisionNumber,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    IReadOnlyList<PracticeAttachmentInfo> Attachments,
    PracticePermissions Permissions);

public enum PracticeSort
{
    /// <summary>Newest publication first.</summary>
    Published,

    /// <summary>Latest change first (the "latest in the network" view).</summary>
    Updated,

    Title,
}

/// <summary>
/// Filters for browsing; <paramref name="MunicipalityIds"/> narrows to some municipalities (a region is its
/// municipalities), <paramref name="Year"/> is the year of first publication.
/// </summary>
public sealed record PracticeFilter(
    IReadOnlyList<Guid>? MunicipalityIds = null,
    PracticeTheme? Theme = null,
    PracticeStage? Stage = null,
    int? Year = null,
    bool IncludeArchived = false,
    PracticeSort Sort = PracticeSort.Published);

/// <summary>Published practices the reader may open, across the network; counts obey the same rule.</summary>
public sealed record ListPractices(PracticeFilter Filter, int Page = 1, int PageSize = 20) : IQuery<PracticePage>;

/// <summary>
/// The acting municipality's own practices in <paramref name="Status"/> that the reader may open (drafts: own or,
/// for reviewers, all); a draft returned by a reviewer carries the comment in <see cref="PracticeSummary.ReturnComment"/>.
/// </summary>
public sealed record ListMunicipalityPractices(PracticeStatus? Status = null, int Page = 1, int PageSize = 20) : IQuery<PracticePage>;

/// <summary>The acting municipality's deleted practices (municipality admins).</summary>
public sealed record ListDeletedPractices : IQuery<IReadOnlyList<PracticeSummary>>;

public sealed record PracticeSummary(
    Guid Id,
    Guid MunicipalityId,
    string Title,
    string Summary,
    PracticeStage Stage,
    PracticeStatus Status,
    PracticeAudience Audience,
    string Language,
    IReadOnlyList<PracticeTheme> Themes,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    Guid CreatedBy,
    string? ReturnComment = null);

public sealed record PracticePage(IReadOnlyList<PracticeSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>The published revisions of a practice and, for its own municipality's authors and reviewers, every change.</summary>
public sealed record GetPracticeHistory(Guid PracticeId) : IQuery<PracticeHistory?>;

public enum PracticeChangeKind
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

public sealed record PracticeChangeEntry(DateTimeOffset At, Guid PersonId, PracticeChangeKind Kind, IReadOnlyList<string> Fields, string? Comment);

public enum TextChange
{
    Unchanged,
    Inserted,
    Deleted,
}

public sealed record TextDiffSegment(TextChange Change, string Text);

/// <summary>How one text field changed from the previous revision.</summary>
public sealed record FieldDiff(string Field, IReadOnlyList<TextDiffSegment> Segments);

public sealed record PracticeRevisionEntry(
    int Number, DateTimeOffset PublishedAt, Guid PublishedBy, string Title, IReadOnlyList<string> ChangedFields, IReadOnlyList<FieldDiff> TextDiffs);

public sealed record PracticeHistory(Guid PracticeId, string Title, IReadOnlyList<PracticeRevisionEntry> Revisions, IReadOnlyList<PracticeChangeEntry> Changes);

/// <summary>An attachment's content, if the reader may open its practice.</summary>
public sealed record OpenPracticeAttachment(Guid PracticeId, Guid AttachmentId) : IQuery<AttachmentContent?>;

public sealed record AttachmentContent(string FileName, string ContentType, long Length, Stream Content);
