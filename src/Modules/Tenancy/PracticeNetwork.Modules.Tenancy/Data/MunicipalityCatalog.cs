using System.Globalization;
using System.Reflection;

namespace PracticeNetwork.Modules.Tenancy.Data;

/// <summary>The project's copy of the official municipality list (municipalities.csv), embedded in this assembly.</summary>
internal static class MunicipalityCatalog
{
    internal sealed record Row(string Code, string NameFi, string NameSv, string RegionCode, string RegionFi, string RegionSv);

    private const string ResourceName = "PracticeNetwork.Modules.Tenancy.municipalities.csv";
    private const string ExpectedHeader = "code,name_fi,name_sv,region_code,region_fi,region_sv";

    public static IReadOnlyList<Row> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header?.Trim() != ExpectedHeader)
        {
            throw new InvalidDataException($"municipalities.csv must start with '{ExpectedHeader}'.");
        }

        var rows = new List<Row>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 6 || fields[0].Length != 3 || fields[3].Length != 2)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"municipalities.csv line {lineNumber} is malformed: '{line}'."));
            }

            rows.Add(new Row(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]));
        }

        return rows;
    }
}
