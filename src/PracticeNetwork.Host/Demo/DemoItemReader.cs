using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// Reads a demo item of any type from its file (docs/adr/0007): <c>&lt;folder&gt;/&lt;key&gt;.md</c> with the front
/// matter of <typeparamref name="T"/> and one section per long text, its files in the folder <c>&lt;folder&gt;/&lt;key&gt;/</c>.
/// Strict: an unknown, missing or malformed field fails with the file and the field; the content rules are the import's own.
/// </summary>
internal static class DemoItemReader
{
    /// <summary>How a summary ends when its item has invented figures (<c>sampleFigures</c>), by the item's language.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleFiguresNotes = new Dictionary<string, string>
    {
        ["fi"] = "Luvut ovat esimerkkiaineistoa.",
        ["sv"] = "Siffrorna är exempeldata.",
        ["en"] = "The figures are sample data.",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new InstantConverter() },
    };

    /// <summary>Every file of the type's folder, in name order.</summary>
    public static IReadOnlyList<T> ReadAll<T>()
        where T : DemoItem, IDemoItem =>
        [.. DemoContentFiles.In(T.Kind.Folder).Select(Read<T>)];

    public static T Read<T>(DemoContentFile file)
        where T : DemoItem, IDemoItem
    {
        ArgumentNullException.ThrowIfNull(file);
        var kind = T.Kind;
        var front = file.FrontMatter<T>(Json);
        if (front.Type != kind.Type)
        {
            throw file.Error("type", $"a file in {kind.Folder}/ has the type \"{kind.Type}\"");
        }

        if (front.Key != file.Name)
        {
            throw file.Error("key", $"the file is named after its key: {front.Key}.md (the key fixes the item's id)");
        }

        file.OnlySections(kind.Sections);
        var item = front with
        {
            Source = file.Path,
            Texts = kind.Sections.ToDictionary(field => field, file.Text, StringComparer.Ordinal),
            Files = [.. front.FileEntries.Select((entry, index) => File(file, kind, front.Key, entry, index))],
        };
        CheckSampleFigures(file, item);
        item.Check(file);
        return item;
    }

    /// <summary>The flag and the text say the same: a reader of the item (or of its summary in a list or feed) is told.</summary>
    private static void CheckSampleFigures(DemoContentFile file, DemoItem item)
    {
        var note = SampleFiguresNotes.GetValueOrDefault(item.Language);
        var told = note is not null && item.Texts["summary"].EndsWith(note, StringComparison.Ordinal);
        if (item.SampleFigures && !told)
        {
            throw file.Error("sampleFigures", $"the summary must end with \"{note ?? "(a note in fi, sv or en)"}\"");
        }

        if (!item.SampleFigures && told)
        {
            throw file.Error("sampleFigures", "the summary says the figures are sample data: set \"sampleFigures\": true");
        }
    }

    private static DemoAttachment File(DemoContentFile file, DemoItemKind kind, string key, DemoFileEntry entry, int index)
    {
        var path = $"{kind.Folder}/{key}/{entry.File}";
        if (!DemoContentFiles.Exists(path))
        {
            throw file.Error($"{kind.FilesField}[{index}].file", $"there is no file {path}");
        }

        return new DemoAttachment(DemoItem.StableId(kind.FileIdKind, $"{key}/{entry.File}"), key, entry.File, entry.UploadedBy, entry.Uploaded, path);
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
