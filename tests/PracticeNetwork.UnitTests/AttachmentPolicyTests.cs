using System.Text;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Modules.Practices.Domain;

namespace PracticeNetwork.UnitTests;

/// <summary>Which uploads a practice accepts, judged from the name and the first bytes, and how names are cleaned.</summary>
public sealed class AttachmentPolicyTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

    public static TheoryData<string, byte[], string> Allowed() => new()
    {
        { "raportti.pdf", Pdf, "application/pdf" },
        { "RAPORTTI.PDF", Pdf, "application/pdf" },
        { "kuvaus.docx", Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "budjetti.xlsx", Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "esitys.pptx", Zip, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "kuvaus.odt", Zip, "application/vnd.oasis.opendocument.text" },
        { "budjetti.ods", Zip, "application/vnd.oasis.opendocument.spreadsheet" },
        { "esitys.odp", Zip, "application/vnd.oasis.opendocument.presentation" },
        { "kaavio.png", Png, "image/png" },
        { "kuva.jpg", Jpeg, "image/jpeg" },
        { "kuva.jpeg", Jpeg, "image/jpeg" },
        { "muistio.txt", Encoding.UTF8.GetBytes("Kärkölän muistio: työt jaetaan tiimeissä."), "text/plain; charset=utf-8" },
        { "tilasto.csv", Encoding.UTF8.GetBytes("kunta;määrä\nKärkölä;12\n"), "text/csv; charset=utf-8" },
        // Plain text is served as text/plain, so markup in a .txt file is harmless text.
        { "sivu.txt", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "text/plain; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_type_with_matching_content_gets_our_content_type(string fileName, byte[] head, string contentType)
    {
        Assert.Equal(contentType, AttachmentPolicy.ContentTypeFor(fileName, head));
    }

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "raportti.pdf", Executable },
        { "kuvaus.docx", Pdf },
        { "kuva.png", Jpeg },
        { "kuva.jpg", Png },
        { "ohjelma.exe", Executable },
        { "sivu.html", Encoding.UTF8.GetBytes("<html></html>") },
        { "kuva.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") },
        { "ilman-paatetta", Pdf },
        { "raportti.pdf.exe", Pdf },
        { "muistio.txt", [0x48, 0x69, 0x00, 0x21] },
        { "muistio.txt", Executable },
        // Latin-1 "kuntaä;1;2;3": not UTF-8.
        { "tilasto.csv", [0x6B, 0x75, 0x6E, 0x74, 0x61, 0xE4, 0x3B, 0x31, 0x3B, 0x32, 0x3B, 0x33] },
        { "raportti.pdf", [] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_type_not_on_the_list_or_content_that_does_not_match_the_name_is_refused(string fileName, byte[] head)
    {
        Assert.Null(AttachmentPolicy.ContentTypeFor(fileName, head));
    }

    [Fact]
    public void Text_whose_last_character_is_cut_by_the_inspected_head_is_still_text()
    {
        var head = Encoding.UTF8.GetBytes("Kärkölä ä");

        Assert.NotNull(AttachmentPolicy.ContentTypeFor("muistio.txt", head.AsSpan(0, head.Length - 1)));
    }

    [Theory]
    [InlineData("raportti.pdf", "raportti.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\liisa\\Työpöytä\\raportti.pdf", "raportti.pdf")]
    [InlineData("/var/tmp/raportti.pdf", "raportti.pdf")]
    [InlineData("\"raportti\".pdf", "raportti.pdf")]
    [InlineData("rapo\r\nrtti\t.pdf", "raportti.pdf")]
    [InlineData("rap\0ortti.pdf", "raportti.pdf")]
    [InlineData("  raportti 2024.pdf  ", "raportti 2024.pdf")]
    [InlineData("lasku\u202Efdp.txt", "laskufdp.txt")]
    [InlineData("", "")]
    public void File_names_lose_paths_quotes_and_control_characters(string given, string cleaned)
    {
        Assert.Equal(cleaned, AttachmentPolicy.CleanFileName(given));
    }

    [Fact]
    public void An_over_long_name_is_cut_to_200_characters_keeping_its_extension()
    {
        var cleaned = AttachmentPolicy.CleanFileName(new string('a', 300) + ".docx");

        Assert.Equal(200, cleaned.Length);
        Assert.EndsWith("a.docx", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_name_is_not_cut_inside_a_character()
    {
        var cleaned = AttachmentPolicy.CleanFileName("a" + string.Concat(Enumerable.Repeat("😀", 150)) + ".pdf");

        Assert.True(cleaned.Length <= 200);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
        Assert.Equal(cleaned, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(new UTF8Encoding(false, true).GetBytes(cleaned)));
    }

    [Fact]
    public void A_name_whose_extension_alone_is_over_long_is_cut_without_failing()
    {
        var cleaned = AttachmentPolicy.CleanFileName("raportti." + new string('x', 300));

        Assert.Equal(200, cleaned.Length);
        Assert.StartsWith("raportti.", cleaned, StringComparison.Ordinal);
        Assert.Null(AttachmentPolicy.ContentTypeFor(cleaned, Pdf));
    }
}
