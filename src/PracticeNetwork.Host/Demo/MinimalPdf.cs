using System.Globalization;
using System.Text;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// A valid one-page A4 PDF of plain text, written by hand (PDF 1.4: catalog, pages, page, Helvetica, one content
/// stream and a cross-reference table), so the demo has a real document to download without a PDF library.
/// Text is Windows-1252 as far as Latin-1 reaches, which covers Finnish and Swedish letters.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] OnePage(string title, IEnumerable<string> lines)
    {
        var text = new StringBuilder()
            .Append("BT\n/F1 16 Tf\n56 780 Td\n(").Append(Escape(title)).Append(") Tj\n/F1 11 Tf\n0 -12 Td\n15 TL\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escape(line)).Append(") '\n");
        }

        var stream = Encoding.Latin1.GetBytes(text.Append("ET\n").ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];

        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var number = 1; number <= objects.Length; number++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Invariant($"{number} 0 obj\n{objects[number - 1]}\nendobj\n"));
        }

        offsets.Add(pdf.Position);
        Write(pdf, Invariant($"5 0 obj\n<< /Length {stream.Length} >>\nstream\n"));
        pdf.Write(stream);
        Write(pdf, "\nendstream\nendobj\n");

        var xref = pdf.Position;
        var table = new StringBuilder(Invariant($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(Invariant($"{offset:D10} 00000 n \n"));
        }

        Write(pdf, table.Append(Invariant($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")).ToString());
        return pdf.ToArray();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Write(MemoryStream pdf, string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
}
