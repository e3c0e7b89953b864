using System.Reflection;
using System.Text;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The files under <c>Demo/Content/</c>, embedded in the Host assembly (see the project file), so that the demo
/// network is the same whichever folder the app is started from. Paths are relative to that folder, with '/'.
/// </summary>
internal static class DemoContentFiles
{
    private const string Root = "Demo/Content/";

    private const char ByteOrderMark = '\uFEFF';

    private static readonly Assembly Assembly = typeof(DemoContentFiles).Assembly;

    /// <summary>Path (relative to the content folder) to the resource name, which has '\' on Windows builds.</summary>
    private static readonly Dictionary<string, string> Resources = Assembly.GetManifestResourceNames()
        .Select(name => (Path: name.Replace('\\', '/'), Name: name))
        .Where(resource => resource.Path.StartsWith(Root, StringComparison.Ordinal))
        .ToDictionary(resource => resource.Path[Root.Length..], resource => resource.Name, StringComparer.Ordinal);

    /// <summary>The Markdown files directly in <paramref name="folder"/> (e.g. <c>practices</c>), in name order.</summary>
    public static IReadOnlyList<DemoContentFile> In(string folder) =>
    [
        .. Resources.Keys
            .Where(path => path.StartsWith(folder + "/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)
                && path.IndexOf('/', folder.Length + 1) < 0)
            .Order(StringComparer.Ordinal)
            .Select(path => DemoContentFile.Parse(path, Encoding.UTF8.GetString(Read(path)).TrimStart(ByteOrderMark))),
    ];

    public static bool Exists(string path) => Resources.ContainsKey(path);

    public static byte[] Read(string path)
    {
        if (!Resources.TryGetValue(path, out var name))
        {
            throw new InvalidOperationException($"Demo content file {path} is missing.");
        }

        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
