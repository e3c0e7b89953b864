using Mediator;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Practices.Contracts;

/// <summary>Creates a draft good practice in the acting municipality; returns its id.</summary>
public sealed record CreatePractice(PracticeContent Content) : ICommand<Guid>;

/// <summary>
/// Saves new content over <paramref name="Version"/> (the version the editor loaded); returns the new version.
/// A published practice gets a new revision; unless <paramref name="MinorChange"/>, followers hear of it.
/// </summary>
public sealed record UpdatePractice(Guid PracticeId, PracticeContent Content, int Version, bool MinorChange = false) : ICommand<int>;

/// <summary>Takes a workflow step on a practice of the acting municipality; returns the new version.</summary>
public sealed record ChangePracticeStatus(Guid PracticeId, WorkflowStep Step, int Version, string? Comment = null) : ICommand<int>;

/// <summary>Moves a practice to the municipality's bin (soft delete); a municipality admin can restore it.</summary>
public sealed record DeletePractice(Guid PracticeId, int Version) : ICommand;

/// <summary>Brings a deleted practice back, as it was (municipality admins).</summary>
public sealed record RestoreDeletedPractice(Guid PracticeId) : ICommand;

/// <summary>Adds an attachment; the name is only a label, the type is checked from the name and the content.</summary>
public sealed record AddPracticeAttachment(Guid PracticeId, string FileName, Stream Content) : ICommand<Guid>;

public sealed record RemovePracticeAttachment(Guid PracticeId, Guid AttachmentId) : ICommand;

/// <summary>
/// Brings a practice in as it already is (the demo network, a future import from another system) into the acting
/// municipality, with its own id and dates; returns false when a practice with <paramref name="Id"/> exists, which
/// is left as it is. Only background work may import (a signed-in reader is refused), and imports are not news:
/// they write no events. <paramref name="ReviewedBy"/> took the review steps (default: the author);
/// <paramref name="UpdatedAt"/> is when a draft or an item in review last moved (submitted, or returned with
/// <paramref name="ReviewComment"/>; default: created).
/// </summary>
public sealed record ImportPractice(
    Guid Id,
    PracticeContent Content,
    PublicationStatus Status,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ArchivedAt,
    string? ReviewComment,
    Guid? ReviewedBy = null,
    DateTimeOffset? UpdatedAt = null) : ICommand<bool>, IImportedState;

/// <summary>
/// Brings an attachment of an imported practice in, with its own id and upload time; the same checks as an upload
/// (name, size, count, type from the content). Returns false when an attachment with <paramref name="AttachmentId"/>
/// exists. Like <see cref="ImportPractice"/>: background work only, into the acting municipality's practice.
/// </summary>
public sealed record ImportPracticeAttachment(
    Guid PracticeId, Guid AttachmentId, string FileName, Stream Content, Guid UploadedBy, DateTimeOffset UploadedAt) : ICommand<bool>;
