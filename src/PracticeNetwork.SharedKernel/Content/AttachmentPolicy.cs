using System.Text.Unicode;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>Size and count limits for attachments (<c>Attachments:MaxBytes</c>, <c>Attachments:MaxPerPractice</c>).</summary>
public sealed record AttachmentLimits(long MaxBytes = 10 * 1024 * 1024, int MaxPerItem = 20);

/// <summary>
/// Which files may be attached: documents, spreadsheets, presentations, images and plain text. The type is decided
/// from the file name and confirmed from the first bytes, so a renamed executable or HTML page is refused; the
/// content type served later is ours, never the uploader's.
/// </summary>
public static class AttachmentPolicy
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private static readonly Dictionary<string, (string ContentType, byte[]? Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Zip),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", Zip),
        [".odp"] = ("application/vnd.oasis.opendocument.presentation", Zip),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".txt"] = ("text/plain; charset=utf-8", null),
        [".csv"] = ("text/csv; charset=utf-8", null),
    };

    public static IReadOnlyCollection<string> Extensions => Types.Keys;

    /// <summary>The content type to store and serve, or null when the file is not allowed.</summary>
    public static string? ContentTypeFor(string fileName, ReadOnlySpan<byte> head)
    {
        if (!Types.TryGetValue(Path.GetExtension(fileName), out var type))
        {
            return null;
        }

        if (type.Magic is { } magic)
        {
            return head.StartsWith(magic) ? type.ContentType : null;
        }

        // Plain text: no NUL bytes and valid UTF-8 in the part we looked at (a multi-byte character may be cut at the end).
        return !head.Contains((byte)0) && IsUtf8(head) ? type.ContentType : null;
    }

    /// <summary>
    /// A file name safe to show and to put in Content-Disposition: no path, no control or bidirectional formatting
    /// characters (which could disguise the extension), at most 200 characters, never cut inside a character.
    /// </summary>
    public static string CleanFileName(string fileName)
    {
        const int MaxLength = 200;
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var clean = new string([.. name.Where(character => !char.IsControl(character)
            && char.GetUnicodeCategory(character) != System.Globalization.UnicodeCategory.Format
            && character is not ('"' or '/' or '\\'))]).Trim();
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length <= 20 ? extension : string.Empty;
            var keep = MaxLength - extension.Length;
            if (char.IsHighSurrogate(clean[keep - 1]))
            {
                keep--;
            }

            clean = clean[..keep] + extension;
        }

        return clean;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        for (var cut = 0; cut < 4 && cut <= head.Length; cut++)
        {
            if (Utf8.IsValid(head[..(head.Length - cut)]))
            {
                return true;
            }
        }

        return false;
    }
}
