using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Api;

/// <summary>A file of an item, with the address it downloads from.</summary>
public sealed record AttachmentResource(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt, string DownloadUrl)
{
    public static AttachmentResource Of(AttachmentInfo file, string downloadUrl)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new AttachmentResource(file.Id, file.FileName, file.ContentType, file.Length, file.UploadedAt, downloadUrl);
    }
}

/// <summary>A published revision; <see cref="TextDiffs"/> compare its texts with the revision before.</summary>
public sealed record RevisionResource(
    int Number, DateTimeOffset PublishedAt, string Title, IReadOnlyList<string> ChangedFields, IReadOnlyList<FieldDiff> TextDiffs)
{
    public static RevisionResource Of(RevisionEntry revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new RevisionResource(revision.Number, revision.PublishedAt, revision.Title, revision.ChangedFields, revision.TextDiffs);
    }
}

/// <summary>A workflow step to take (<c>comment</c> is required to return an item to its author).</summary>
public sealed record TransitionRequest(WorkflowStep? Step, string? Comment);
