using System.Security.Cryptography;
using System.Text;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One good practice of the demo network, as it stands: who wrote it (a demo account, or the municipality's
/// fictional demo author), where it is in the workflow and when it got there, and its content. Read from a file
/// in <c>Demo/Content/practices/</c> (<see cref="DemoPracticeFile"/>).
/// </summary>
internal sealed record DemoPractice
{
    /// <summary>Stable and unique: the practice's id is derived from it.</summary>
    public required string Key { get; init; }

    /// <summary>The file it was read from, relative to the demo content folder, for error messages.</summary>
    public required string Source { get; init; }

    /// <summary>The official municipality code.</summary>
    public required string Municipality { get; init; }

    /// <summary>A demo account's email; null: the municipality's fictional demo author.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>A demo account's email; null: the municipality's fictional demo reviewer.</summary>
    public string? ReviewerEmail { get; init; }

    public required PublicationStatus Status { get; init; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Archived { get; init; }

    /// <summary>When an item in review was submitted, or a returned draft returned.</summary>
    public DateTimeOffset? Moved { get; init; }

    public string? ReviewComment { get; init; }

    public required string Language { get; init; }

    public required Audience Audience { get; init; }

    public required PracticeStage Stage { get; init; }

    public required EvidenceLevel Evidence { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Need { get; init; }

    public required string Solution { get; init; }

    public required string Results { get; init; }

    public required string Resources { get; init; }

    public required string Conditions { get; init; }

    public required IReadOnlyList<Theme> Themes { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<TargetGroup> TargetGroups { get; init; } = [];

    public IReadOnlyList<ContactPerson> Contacts { get; init; } = [];

    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    public IReadOnlyList<Award> Awards { get; init; } = [];

    public IReadOnlyList<DemoAttachment> Attachments { get; init; } = [];

    /// <summary>The texts hold invented figures, and the summary says so (<see cref="DemoPracticeFile.SampleFiguresNotes"/>).</summary>
    public bool SampleFigures { get; init; }

    public Guid Id => StableId("practice", Key);

    public PracticeContent Content => new(Title, Summary, Need, Solution, Results, Resources, Conditions, Stage, Evidence,
        Language, Audience, Themes, Tags, TargetGroups, Contacts, Links, Awards);

    /// <summary>The same id for the same key on every start and every machine (an RFC 9562 version 8 UUID from SHA-256).</summary>
    public static Guid StableId(string kind, string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"practicenetwork-demo:{kind}:{key}")).AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>A file attached to a demo practice, with a fixed id and upload time; <see cref="Path"/> is in the demo content folder.</summary>
internal sealed record DemoAttachment(string PracticeKey, string FileName, string UploaderEmail, DateTimeOffset UploadedAt, string Path)
{
    public Guid Id => DemoPractice.StableId("attachment", $"{PracticeKey}/{FileName}");

    public byte[] Content() => DemoContentFiles.Read(Path);
}
