namespace PracticeNetwork.Content.Contracts;

public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

/// <summary>An attachment's content, for a reader who may open its item.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, long Length, Stream Content);
