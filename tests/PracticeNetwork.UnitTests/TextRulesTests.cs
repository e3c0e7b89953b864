using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// One-line fields refuse what could hide or reorder text (line breaks, control and format characters), keeping emoji
/// whole; multi-line text keeps its line breaks but refuses what reorders the text around it.
/// </summary>
public sealed class TextRulesTests
{
    public static TheoryData<string, string> NotOneLine => new()
    {
        { "line feed", "Tiimityö\ntoimistossa" },
        { "carriage return", "Tiimityö\rtoimistossa" },
        { "tab", "Tiimityö\ttoimistossa" },
        { "NUL", "Tiimityö\u0000" },
        { "bell", "Tiimi\u0007työ" },
        { "next line (C1)", "Tiimityö\u0085toimistossa" },
        { "line separator", "Tiimityö\u2028toimistossa" },
        { "paragraph separator", "Tiimityö\u2029toimistossa" },
        { "right-to-left override", "Tiimityö \u202Eläköräk" },
        { "left-to-right embedding", "\u202ATiimityö\u202C" },
        { "right-to-left isolate", "Tiimityö \u2067Kärkölä\u2069" },
        { "first strong isolate", "\u2068Kärkölä" },
        { "left-to-right mark", "Kärkölä\u200E" },
        { "arabic letter mark", "Kärkölä\u061C" },
        { "zero width space", "Kär\u200Bkölä" },
        { "zero width non-joiner", "Kär\u200Ckölä" },
        { "zero width joiner between letters", "Kär\u200Dkölä" },
        { "zero width joiner after an emoji, before a letter", "👩\u200Dk" },
        { "zero width joiner at the end", "Kärkölä 👩\u200D" },
        { "byte order mark", "\uFEFFKärkölä" },
        { "soft hyphen", "Kärkö\u00ADlä" },
        { "tag character", "Kärkölä\U000E0041" },
        { "half of a surrogate pair", "Kärkölä\uD83D" },
    };

    public static TheoryData<string> OneLine =>
    [
        "Tiimityö toimistopalveluissa – Kärkölä (Päijät-Häme)",
        "Åbo Akademi & Närpes: \"test\" 100 %",
        "e\u0301 combining accent",
        "Ελληνικά, русский, العربية, עברית, 日本語",
        "Kahvi ☕ ja ✈️",
        "Koodari 👩\u200D💻",
        "Koodari 👩🏽\u200D💻 sävyllä",
        "Sateenkaari 🏳️\u200D🌈",
        "Suomi 🇫🇮",
        "",
    ];

    [Theory]
    [MemberData(nameof(NotOneLine))]
    public void A_one_line_field_refuses(string what, string text)
    {
        Assert.False(TextRules.IsSingleLine(text), what);
    }

    [Theory]
    [MemberData(nameof(OneLine))]
    public void A_one_line_field_takes_ordinary_text_in_any_script_and_emoji(string text)
    {
        Assert.True(TextRules.IsSingleLine(text));
    }

    [Theory]
    [InlineData("Ensimmäinen kappale.\r\n\r\n- kohta\n\tsisennetty")]
    [InlineData("Nimi: מרים\u200F (Miriam)")]
    [InlineData("Yhdys\u00ADsana ja leveys\u200Btön väli")]
    [InlineData("Koodari 👩\u200D💻")]
    public void Multi_line_text_keeps_line_breaks_tabs_and_the_marks_mixed_languages_need(string text)
    {
        Assert.True(TextRules.IsPrintable(text));
    }

    [Theory]
    [InlineData("Tulokset \u202Eläköräk")]
    [InlineData("\u202A\u202B\u202C\u202D")]
    [InlineData("Tulokset \u2066x\u2069")]
    [InlineData("Tulokset \u2067x\u2069")]
    [InlineData("Tulokset \u2068x")]
    [InlineData("Tulokset\u0000")]
    [InlineData("Tulokset\u001B[31m")]
    public void Multi_line_text_refuses_direction_overrides_and_control_characters(string text)
    {
        Assert.False(TextRules.IsPrintable(text));
    }

    [Fact]
    public void Half_of_a_surrogate_pair_is_not_text_in_either_kind_of_field()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate.
        var broken = "Tulokset" + (char)0xDC00;

        Assert.False(TextRules.IsPrintable(broken));
        Assert.False(TextRules.IsSingleLine(broken));
    }

    [Fact]
    public void Null_is_left_to_the_rules_about_required_fields()
    {
        Assert.True(TextRules.IsSingleLine(null));
        Assert.True(TextRules.IsPrintable(null));
    }
}
