using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One item of the demo network as its file states it (docs/adr/0007): the front matter that every content type
/// shares, deserialised as it is, plus the long texts of the file's sections and its files. Each type derives from it
/// with its own fields (<see cref="DemoPractice"/>, <see cref="DemoProject"/>); <see cref="DemoItemReader"/> reads them all.
/// </summary>
internal abstract record DemoItem
{
    public required string Type { get; init; }

    /// <summary>Stable and unique within its type: the file name, and the source of the item's id.</summary>
    public required string Key { get; init; }

    /// <summary>The owner's official municipality code, e.g. "316".</summary>
    public required string Municipality { get; init; }

    /// <summary>A demo account's email; absent: the municipality's fictional demo author (no account).</summary>
    public string? Author { get; init; }

    /// <summary>A demo account's email; absent: the municipality's fictional demo reviewer (no account).</summary>
    public string? Reviewer { get; init; }

    /// <summary>The publication status.</summary>
    public required PublicationStatus Status { get; init; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Archived { get; init; }

    /// <summary>When an item in review was submitted, or a returned draft returned.</summary>
    public DateTimeOffset? Moved { get; init; }

    public string? ReviewComment { get; init; }

    public required string Language { get; init; }

    public required Audience Audience { get; init; }

    public required IReadOnlyList<Theme> Themes { get; init; }

    public IReadOnlyList<ContactPerson> Contacts { get; init; } = [];

    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    public IReadOnlyList<Award> Awards { get; init; } = [];

    /// <summary>The texts hold invented figures, and the summary says so (<see cref="DemoItemReader.SampleFiguresNotes"/>).</summary>
    public bool SampleFigures { get; init; }

    /// <summary>The file it was read from, relative to the demo content folder, for error messages.</summary>
    [JsonIgnore]
    public string Source { get; init; } = string.Empty;

    /// <summary>The long texts by section (field) name.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    /// <summary>The item's files, found in the folder named after its key.</summary>
    [JsonIgnore]
    public IReadOnlyList<DemoAttachment> Files { get; init; } = [];

    public Guid Id => StableId(Type, Key);

    /// <summary>The files as the front matter lists them (the field is the type's own: attachments, documents).</summary>
    [JsonIgnore]
    public abstract IReadOnlyList<DemoFileEntry> FileEntries { get; }

    /// <summary>The same id for the same key on every start and every machine (an RFC 9562 version 8 UUID from SHA-256).</summary>
    public static Guid StableId(string kind, string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"practicenetwork-demo:{kind}:{key}")).AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The checks of the type's own fields that the format alone cannot make (a key that must exist, ...).</summary>
    public virtual void Check(DemoContentFile file)
    {
    }

    protected string Text(string field) => Texts[field];
}

/// <summary>What a type of demo item is called in its files, where they are and which sections they have.</summary>
internal sealed record DemoItemKind(string Type, string Folder, IReadOnlyList<string> Sections, string FilesField, string FileIdKind);

/// <summary>A demo item type: its <see cref="DemoItemKind"/>.</summary>
internal interface IDemoItem
{
    static abstract DemoItemKind Kind { get; }
}

/// <summary>A file of a demo item as the front matter lists it.</summary>
internal sealed record DemoFileEntry
{
    /// <summary>The file name, in the folder named after the item's key.</summary>
    public required string File { get; init; }

    /// <summary>A demo account's email.</summary>
    public required string UploadedBy { get; init; }

    public required DateTimeOffset Uploaded { get; init; }
}

/// <summary>A file attached to a demo item, with a fixed id and upload time; <see cref="Path"/> is in the demo content folder.</summary>
internal sealed record DemoAttachment(Guid Id, string ItemKey, string FileName, string UploaderEmail, DateTimeOffset UploadedAt, string Path)
{
    public byte[] Content() => DemoContentFiles.Read(Path);
}
