using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The OMG BPMN 2.0 schemas (BPMN20.xsd with Semantic.xsd, BPMNDI.xsd, DC.xsd, DI.xsd). They are not in the
/// repository: './build.sh test' takes them from the npm package bpmn-moddle into .cache/bpmn-xsd and names the
/// folder in PN_BPMN_XSD_DIR.
/// </summary>
internal static class BpmnSchemas
{
    public const string Missing =
        "needs the OMG BPMN 2.0 schemas (PN_BPMN_XSD_DIR, or .cache/bpmn-xsd from the npm package bpmn-moddle), which './build.sh test' fetches; run './build.sh test'";

    private static readonly Lazy<XmlSchemaSet?> Loaded = new(Load);

    /// <summary>The compiled schemas; without them the test skips, or fails when the build script requires every test to run.</summary>
    public static XmlSchemaSet Require()
    {
        if (Loaded.Value is { } schemas)
        {
            return schemas;
        }

        if (Environment.GetEnvironmentVariable("PN_TEST_REQUIRE_SERVERS") == "1")
        {
            Assert.Fail(Missing);
        }

        Assert.Skip(Missing);
        return null!;
    }

    /// <summary>Every validation error and warning <paramref name="document"/> gets against the schemas.</summary>
    public static IReadOnlyList<string> Problems(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Require(),
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, args) =>
            problems.Add($"{args.Severity} at {args.Exception.LineNumber}:{args.Exception.LinePosition}: {args.Message}");
        using var reader = XmlReader.Create(new StringReader(document.ToString()), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet? Load()
    {
        var folder = Folder();
        if (folder is null)
        {
            return null;
        }

        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var problems = new List<string>();
        schemas.ValidationEventHandler += (_, args) => problems.Add($"{args.Severity}: {args.Message}");
        // BPMN20.xsd includes Semantic.xsd and imports BPMNDI.xsd, which imports DC.xsd and DI.xsd: all beside it.
        schemas.Add("http://www.omg.org/spec/BPMN/20100524/MODEL", new Uri(Path.Combine(folder, "BPMN20.xsd")).AbsoluteUri);
        schemas.Compile();
        Assert.True(problems.Count == 0, "The BPMN schemas did not load: " + string.Join("; ", problems));
        return schemas;
    }

    private static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("PN_BPMN_XSD_DIR") is { Length: > 0 } named)
        {
            return File.Exists(Path.Combine(named, "BPMN20.xsd")) ? named : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PracticeNetwork.sln")))
            {
                var cache = Path.Combine(folder.FullName, ".cache", "bpmn-xsd");
                return File.Exists(Path.Combine(cache, "BPMN20.xsd")) ? cache : null;
            }
        }

        return null;
    }
}
