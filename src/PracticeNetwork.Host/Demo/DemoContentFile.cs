using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One demo content file (docs/adr/0007): JSON front matter between two <c>---</c> lines, then the long texts as
/// Markdown sections, each under a <c>## fieldName</c> line. Any type of content (practice, project, process)
/// reads its own fields from it; every error names the file and the field.
/// </summary>
internal sealed partial class DemoContentFile
{
    private const string Fence = "---";

    private readonly string _frontMatter;
    private readonly Dictionary<string, string> _sections;

    private DemoContentFile(string path, string frontMatter, Dictionary<string, string> sections)
    {
        Path = path;
        _frontMatter = frontMatter;
        _sections = sections;
    }

    /// <summary>Where the file is, relative to the demo content folder, e.g. <c>practices/karkola-team-working.md</c>.</summary>
    public string Path { get; }

    /// <summary>The file name without its folder and extension.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public static DemoContentFile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, Fence, 1);
        if (lines[0] != Fence || end < 0)
        {
            throw Error(path, "front matter", "the file must start with JSON front matter between two '---' lines");
        }

        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? field = null;
        var body = new List<string>();
        void EndSection()
        {
            if (field is not null && !sections.TryAdd(field, Trimmed(body)))
            {
                throw Error(path, field, "the section appears twice");
            }

            body.Clear();
        }

        foreach (var line in lines.Skip(end + 1))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = SectionHeading().Match(line);
                if (!heading.Success)
                {
                    throw Error(path, line[3..].Trim(), "a section heading is '## ' and a field name, such as '## summary' (use '###' for headings inside a text)");
                }

                EndSection();
                field = heading.Groups[1].Value;
            }
            else if (field is null && !string.IsNullOrWhiteSpace(line))
            {
                throw Error(path, "body", $"text before the first '## fieldName' line: \"{line}\"");
            }
            else
            {
                body.Add(line);
            }
        }

        EndSection();
        return new DemoContentFile(path, string.Join('\n', lines[1..end]), sections);
    }

    /// <summary>The front matter as <typeparamref name="T"/>; a missing, unknown or malformed field fails with its name.</summary>
    public T FrontMatter<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var contract = options.GetTypeInfo(typeof(T));
        try
        {
            using (var document = JsonDocument.Parse(_frontMatter))
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && contract.Properties.FirstOrDefault(field => field.IsRequired && !root.TryGetProperty(field.Name, out _)) is { } missing)
                {
                    throw Error(missing.Name, "the field is required");
                }
            }

            return (T)(JsonSerializer.Deserialize(_frontMatter, contract) ?? throw Error("front matter", "it is null"));
        }
        catch (JsonException invalid)
        {
            var field = invalid.Path is null or "$" ? "front matter" : invalid.Path.TrimStart('$', '.');
            var line = invalid.LineNumber is { } number ? $" (line {number + 2})" : string.Empty;
            var problem = JsonLocation().Replace(invalid.Message, string.Empty) + Choices(contract, field);
            throw new InvalidOperationException($"Demo content file {Path}, field '{field}'{line}: {problem}", invalid);
        }
    }

    /// <summary>The text of a <c>## field</c> section; every one the content type reads must be there, even if empty.</summary>
    public string Text(string field) =>
        _sections.TryGetValue(field, out var text) ? text : throw Error(field, $"the '## {field}' section is missing");

    /// <summary>Fails on a section that the content type does not read, so that a misspelt heading is never lost text.</summary>
    public void OnlySections(IReadOnlyCollection<string> fields)
    {
        if (_sections.Keys.FirstOrDefault(field => !fields.Contains(field)) is { } unknown)
        {
            throw Error(unknown, $"no such section; the sections are {string.Join(", ", fields)}");
        }
    }

    public InvalidOperationException Error(string field, string problem) => Error(Path, field, problem);

    private static InvalidOperationException Error(string path, string field, string problem) =>
        new($"Demo content file {path}, field '{field}': {problem}");

    /// <summary>For a field of fixed values (an enum, or a list of them), also inside a list of objects: the values it takes.</summary>
    private static string Choices(JsonTypeInfo contract, string field)
    {
        Type? type = null;
        foreach (var name in field.Split('.').Select(segment => segment.Split('[')[0]))
        {
            type = contract.Properties.FirstOrDefault(property => property.Name == name)?.PropertyType;
            type = type is null ? null : Nullable.GetUnderlyingType(type) ?? (type.IsGenericType ? type.GetGenericArguments()[0] : type);
            if (type is null || type.IsEnum)
            {
                break;
            }

            contract = contract.Options.GetTypeInfo(type);
        }

        return type is { IsEnum: true }
            ? $" Choose one of: {string.Join(", ", Enum.GetNames(type).Select(value => JsonNamingPolicy.CamelCase.ConvertName(value)))}."
            : string.Empty;
    }

    /// <summary>The section's lines without the blank lines around them.</summary>
    private static string Trimmed(List<string> lines)
    {
        var first = lines.FindIndex(line => !string.IsNullOrWhiteSpace(line));
        var last = lines.FindLastIndex(line => !string.IsNullOrWhiteSpace(line));
        return first < 0 ? string.Empty : string.Join('\n', lines[first..(last + 1)]);
    }

    /// <summary>The position System.Text.Json appends to its messages, which counts lines from the front matter, not the file.</summary>
    [GeneratedRegex(@"\s*(Path: \S+ \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial Regex JsonLocation();

    [GeneratedRegex(@"^## ([a-z][A-Za-z0-9]*)\s*$")]
    private static partial Regex SectionHeading();
}
