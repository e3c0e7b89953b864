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
    IReadOnlyList<AttachmentResource> Attachments,
    ContentPermissions Permissions);

/// <summary>The revisions for every reader; <see cref="Changes"/> only for the owning municipality's authors and reviewers.</summary>
internal sealed record PracticeHistoryResource(
    Guid PracticeId, string Title, IReadOnlyList<RevisionResource> Revisions, IReadOnlyList<ChangeEntry> Changes);

internal static class PracticeUrls
{
    public const string Root = "/api/v1/practices";

    public const string NotFound = "No such practice, or you may not open it.";

    public static string Practice(Guid id) => $"{Root}/{id}";

    public static string Attachment(Guid id, Guid attachmentId) => $"{Root}/{id}/attachments/{attachmentId}";
}
