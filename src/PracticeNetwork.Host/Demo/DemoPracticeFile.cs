using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// A demo good practice as a file (docs/adr/0007): <c>practices/&lt;key&gt;.md</c> with the front matter below and
/// one section per long text; its attachments in the folder <c>practices/&lt;key&gt;/</c>. Strict: an unknown,
/// missing or malformed field fails at start with the file and the field; the content rules are the import's own.
/// </summary>
internal static class DemoPracticeFile
{
    public const string Type = "practice";

    public const string Folder = "practices";

    /// <summary>The sections, named as the fields of the API.</summary>
    public static readonly IReadOnlyList<string> Sections =
        ["title", "summary", "needAndGoals", "solution", "resultsAndEvidence", "resourcesAndCosts", "conditionsForAdoption"];

    /// <summary>How a summary ends when its item has invented figures (<c>sampleFigures</c>), by the item's language.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleFiguresNotes = new Dictionary<string, string>
    {
        ["fi"] = "Luvut ovat esimerkkiaineistoa.",
        ["sv"] = "Siffrorna är exempeldata.",
        ["en"] = "The figures are sample data.",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new InstantConverter() },
    };

    public static DemoPractice Read(DemoContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var front = file.FrontMatter<FrontMatter>(Json);
        if (front.Type != Type)
        {
            throw file.Error("type", $"a file in {Folder}/ has the type \"{Type}\"");
        }

        if (front.Key != file.Name)
        {
            throw file.Error("key", $"the file is named after its key: {front.Key}.md (the key fixes the practice's id)");
        }

        file.OnlySections(Sections);
        var summary = file.Text("summary");
        CheckSampleFigures(file, front, summary);
        return new DemoPractice
        {
            Key = front.Key,
            Source = file.Path,
            Municipality = front.Municipality,
            AuthorEmail = front.Author,
            ReviewerEmail = front.Reviewer,
            Status = front.Status,
            Created = front.Created,
            Published = front.Published,
            Archived = front.Archived,
            Moved = front.Moved,
            ReviewComment = front.ReviewComment,
            Language = front.Language,
            Audience = front.Audience,
            Stage = front.Stage,
            Evidence = front.EvidenceLevel,
            Title = file.Text("title"),
            Summary = summary,
            Need = file.Text("needAndGoals"),
            Solution = file.Text("solution"),
            Results = file.Text("resultsAndEvidence"),
            Resources = file.Text("resourcesAndCosts"),
            Conditions = file.Text("conditionsForAdoption"),
            Themes = front.Themes,
            Tags = front.Tags,
            TargetGroups = front.TargetGroups,
            Contacts = front.Contacts,
            Links = front.Links,
            Awards = front.Awards,
            Attachments = [.. front.Attachments.Select((attachment, index) => Attachment(file, front.Key, attachment, index))],
            SampleFigures = front.SampleFigures,
        };
    }

    /// <summary>The flag and the text say the same: a reader of the item (or of its summary in a list or feed) is told.</summary>
    private static void CheckSampleFigures(DemoContentFile file, FrontMatter front, string summary)
    {
        var note = SampleFiguresNotes.GetValueOrDefault(front.Language);
        var told = note is not null && summary.EndsWith(note, StringComparison.Ordinal);
        if (front.SampleFigures && !told)
        {
            throw file.Error("sampleFigures", $"the summary must end with \"{note ?? "(a note in fi, sv or en)"}\"");
        }

        if (!front.SampleFigures && told)
        {
            throw file.Error("sampleFigures", "the summary says the figures are sample data: set \"sampleFigures\": true");
        }
    }

    private static DemoAttachment Attachment(DemoContentFile file, string key, AttachmentEntry entry, int index)
    {
        var path = $"{Folder}/{key}/{entry.File}";
        if (!DemoContentFiles.Exists(path))
        {
            throw file.Error($"attachments[{index}].file", $"there is no file {path}");
        }

        return new DemoAttachment(key, entry.File, entry.UploadedBy, entry.Uploaded, path);
    }

    /// <summary>The front matter, field by field; the names are the API's (camelCase), enum values too.</summary>
    private sealed record FrontMatter
    {
        public required string Type { get; init; }

        public required string Key { get; init; }

        /// <summary>The official municipality code, e.g. "316".</summary>
        public required string Municipality { get; init; }

        /// <summary>A demo account's email; absent: the municipality's fictional demo author.</summary>
        public string? Author { get; init; }

        /// <summary>A demo account's email; absent: the municipality's fictional demo reviewer.</summary>
        public string? Reviewer { get; init; }

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

        public required EvidenceLevel EvidenceLevel { get; init; }

        public required IReadOnlyList<Theme> Themes { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];

        public IReadOnlyList<TargetGroup> TargetGroups { get; init; } = [];

        public IReadOnlyList<ContactPerson> Contacts { get; init; } = [];

        public IReadOnlyList<ContentLink> Links { get; init; } = [];

        public IReadOnlyList<Award> Awards { get; init; } = [];

        public IReadOnlyList<AttachmentEntry> Attachments { get; init; } = [];

        public bool SampleFigures { get; init; }
    }

    private sealed record AttachmentEntry
    {
        /// <summary>The file name, in the folder named after the practice's key.</summary>
        public required string File { get; init; }

        /// <summary>A demo account's email.</summary>
        public required string UploadedBy { get; init; }

        public required DateTimeOffset Uploaded { get; init; }
    }

    /// <summary>A date and time with its offset (2021-02-15T09:00:00Z): without one, the date would depend on the machine's time zone.</summary>
    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            var hasOffset = text is not null && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));
            return hasOffset && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at
                : throw new JsonException($"\"{text}\" is not a date and time with an offset, such as 2021-02-15T09:00:00Z.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
    }
}
