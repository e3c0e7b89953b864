using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>One practice, if the current reader may open it; null otherwise (pages answer 404).</summary>
public sealed record GetPractice(Guid PracticeId) : IQuery<PracticeDetails?>;

public sealed record PracticeDetails(
    Guid Id,
    Guid MunicipalityId,
    PracticeContent Content,
    PublicationStatus Status,
    int Version,
    int RevisionNumber,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string? ReviewComment,
    bool IsDeleted,
    IReadOnlyList<AttachmentInfo> Attachments,
    ContentPermissions Permissions);

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
    Theme? Theme = null,
    PracticeStage? Stage = null,
    int? Year = null,
    bool IncludeArchived = false,
    PracticeSort Sort = PracticeSort.Published);

/// <summary>Published practices the reader may open, across the network; counts obey the same rule.</summary>
public sealed record ListPractices(PracticeFilter Filter, int Page = 1, int PageSize = 20) : IQuery<ContentPage<PracticeSummary>>;

/// <summary>
/// The acting municipality's own practices in <paramref name="Status"/> that the reader may open (drafts: own or,
/// for reviewers, all); a draft returned by a reviewer carries the comment in <see cref="PracticeSummary.ReturnComment"/>.
/// </summary>
public sealed record ListMunicipalityPractices(PublicationStatus? Status = null, int Page = 1, int PageSize = 20) : IQuery<ContentPage<PracticeSummary>>;

/// <summary>The acting municipality's deleted practices (municipality admins).</summary>
public sealed record ListDeletedPractices : IQuery<IReadOnlyList<PracticeSummary>>;

public sealed record PracticeSummary(
    Guid Id,
    Guid MunicipalityId,
    string Title,
    string Summary,
    PracticeStage Stage,
    PublicationStatus Status,
    Audience Audience,
    string Language,
    IReadOnlyList<Theme> Themes,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    Guid CreatedBy,
    string? ReturnComment = null);

/// <summary>The published revisions of a practice and, for its own municipality's authors and reviewers, every change.</summary>
public sealed record GetPracticeHistory(Guid PracticeId) : IQuery<ContentHistory?>;

/// <summary>An attachment's content, if the reader may open its practice.</summary>
public sealed record OpenPracticeAttachment(Guid PracticeId, Guid AttachmentId) : IQuery<AttachmentContent?>;


/// <summary>The practices a development project produced (their origin project), as far as the reader may open them.</summary>
public sealed record ListPracticesFromProject(Guid ProjectId) : IQuery<IReadOnlyList<PracticeSummary>>;
