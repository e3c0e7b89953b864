using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

internal sealed record PracticeListItem(
    Guid Id,
    MunicipalityReference Municipality,
    string Title,
    string Summary,
    PracticeStage Stage,
    PublicationStatus Status,
    Audience Audience,
    string Language,
    IReadOnlyList<Theme> Themes,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string Url);

/// <summary>One page of a list; <see cref="Next"/> and <see cref="Prev"/> are also in the <c>Link</c> header.</summary>
internal sealed record PracticeListPage(
    IReadOnlyList<PracticeListItem> Items, int Total, int Page, int PageSize, int PageCount, string? Next, string? Prev);

internal sealed record PracticeAttachmentResource(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt, string DownloadUrl);

/// <summary>
/// A practice as the caller may see it. <see cref="Content"/> is what POST and PUT take; <see cref="Version"/> is also
/// the ETag to send in If-Match; <see cref="Permissions"/> say what the caller may do with it.
/// </summary>
internal sealed record PracticeResource(
    Guid Id,
    MunicipalityReference Municipality,
    PublicationStatus Status,
    int Version,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    PracticeContent Content,
    IReadOnlyList<PracticeAttachmentResource> Attachments,
    ContentPermissions Permissions);

/// <summary>A published revision; <see cref="TextDiffs"/> compare its texts with the revision before.</summary>
internal sealed record PracticeRevisionResource(
    int Number, DateTimeOffset PublishedAt, string Title, IReadOnlyList<string> ChangedFields, IReadOnlyList<FieldDiff> TextDiffs);

/// <summary>The revisions for every reader; <see cref="Changes"/> only for the owning municipality's authors and reviewers.</summary>
internal sealed record PracticeHistoryResource(
    Guid PracticeId, string Title, IReadOnlyList<PracticeRevisionResource> Revisions, IReadOnlyList<ChangeEntry> Changes);

/// <summary>A workflow step to take (<c>comment</c> is required to return a practice to its author).</summary>
internal sealed record PracticeTransitionRequest(WorkflowStep? Step, string? Comment);

internal static class PracticeUrls
{
    public const string Root = "/api/v1/practices";

    public static string Practice(Guid id) => $"{Root}/{id}";

    public static string Attachment(Guid id, Guid attachmentId) => $"{Root}/{id}/attachments/{attachmentId}";
}
