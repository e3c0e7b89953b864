namespace PracticeNetwork.Content.Contracts;

public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

/// <summary>
/// An attachment's content, for a reader who may open its item. <paramref name="IsPublic"/>: the item is open to
/// everyone (published or archived, public), so caches may keep the file.
/// </summary>
public sealed record AttachmentContent(string FileName, string ContentType, long Length, Stream Content, bool IsPublic);
