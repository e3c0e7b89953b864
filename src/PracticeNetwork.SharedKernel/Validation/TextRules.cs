using System.Buffers;
using System.Globalization;
using System.Text;
using FluentValidation;

namespace PracticeNetwork.SharedKernel.Validation;

/// <summary>
/// What text a person may type, so that what is shown is what was written: invisible characters cannot make a title
/// look like another one or turn the text around it backwards (CVE-2021-42574, "Trojan Source").
/// </summary>
public static class TextRules
{
    public const string SingleLineMessage = "Write this on one line, without invisible or text-direction characters.";

    public const string PrintableMessage = "Remove the invisible control and text-direction characters.";

    /// <summary>
    /// A one-line field (a title, a name, an address): no control characters at all (tab and line breaks included),
    /// no line or paragraph separators, and no format characters (Unicode category Cf: direction marks and overrides,
    /// zero-width spaces and joiners, the byte-order mark, soft hyphens). One exception: a zero-width joiner between
    /// two emoji, which is how emoji such as 👩‍💻 are written and cannot hide anything.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsSingleLine).WithMessage(SingleLineMessage);

    /// <summary>
    /// Multi-line text (Markdown, comments): tab and line breaks are fine, as are the direction marks and zero-width
    /// characters that mixed-language text needs. Refused are the other control characters (PostgreSQL refuses NUL,
    /// which would otherwise be a server error) and the embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069) that reorder what follows them.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Printable<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsPrintable).WithMessage(PrintableMessage);

    public static bool IsSingleLine(string? text)
    {
        if (text is null)
        {
            return true;
        }

        var previous = default(Rune?);
        for (var index = 0; index < text.Length;)
        {
            if (!TryReadRune(text, index, out var rune))
            {
                return false;
            }

            var category = Rune.GetUnicodeCategory(rune);
            var allowed = category switch
            {
                UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
                UnicodeCategory.Format => rune.Value == ZeroWidthJoiner && JoinsEmoji(previous, text, index + rune.Utf16SequenceLength),
                _ => true,
            };
            if (!allowed)
            {
                return false;
            }

            previous = rune;
            index += rune.Utf16SequenceLength;
        }

        return true;
    }

    public static bool IsPrintable(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var index = 0; index < text.Length;)
        {
            if (!TryReadRune(text, index, out var rune)
                || (Rune.IsControl(rune) && rune.Value is not ('\t' or '\r' or '\n'))
                || IsDirectionOverride(rune.Value))
            {
                return false;
            }

            index += rune.Utf16SequenceLength;
        }

        return true;
    }

    private const int ZeroWidthJoiner = 0x200D;

    private static bool IsDirectionOverride(int codePoint) => codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>A half of a surrogate pair on its own is not text at all (and no database stores it as UTF-8).</summary>
    private static bool TryReadRune(string text, int index, out Rune rune) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out rune, out _) == OperationStatus.Done;

    /// <summary>An emoji (or its skin tone or presentation selector) before the joiner, and an emoji after it.</summary>
    private static bool JoinsEmoji(Rune? before, string text, int next) =>
        before is { } left
        && (IsEmoji(left) || left.Value == 0xFE0F || Rune.GetUnicodeCategory(left) == UnicodeCategory.ModifierSymbol)
        && next < text.Length && TryReadRune(text, next, out var right) && IsEmoji(right);

    private static bool IsEmoji(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
}
