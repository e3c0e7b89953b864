using System.Diagnostics;
using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.UnitTests;

/// <summary>The word diff the history page shows: what stayed, what was added and what was removed.</summary>
public sealed class TextDiffTests
{
    [Fact]
    public void An_unchanged_text_is_one_unchanged_segment()
    {
        var text = "Tiimit jakavat työt yhteisestä jonosta.\nSijaistukset sujuvat.";

        var segment = Assert.Single(TextDiff.Compare(text, text));

        Assert.Equal(new DiffSegment(DiffKind.Unchanged, text), segment);
    }

    [Theory]
    [InlineData("Tiimit jakavat työt.", "Tiimit jakavat kaikki työt.")]
    [InlineData("Tiimit jakavat kaikki työt.", "Tiimit jakavat työt.")]
    [InlineData("Ratkaisu: tiimit ja jono.", "Ratkaisu: pienet tiimit, yhteinen jono ja viikkopalaveri.")]
    [InlineData("", "Uusi teksti.")]
    [InlineData("Vanha teksti.", "")]
    [InlineData("yksi kaksi kolme", "kolme kaksi yksi")]
    [InlineData("Rivi 1\nRivi 2\n", "Rivi 1\nRivi kaksi\nRivi 3\n")]
    [InlineData("Tiimi A hoitaa ja B auttaa.", "Ryhmä C hoitaa ja D E auttaa nyt.")]
    [InlineData("yksi kaksi", " ")]
    public void Unchanged_and_inserted_make_the_new_text_and_unchanged_and_deleted_the_old(string before, string after)
    {
        var segments = TextDiff.Compare(before, after);

        Assert.Equal(after, Join(segments, DiffKind.Inserted));
        Assert.Equal(before, Join(segments, DiffKind.Deleted));
        Assert.All(segments, segment => Assert.NotEmpty(segment.Text));
    }

    [Fact]
    public void An_inserted_word_shows_as_inserted_and_nothing_as_deleted()
    {
        var segments = TextDiff.Compare("Tiimit jakavat työt.", "Tiimit jakavat kaikki työt.");

        Assert.Equal("kaikki", Assert.Single(segments, segment => segment.Kind == DiffKind.Inserted).Text.Trim());
        Assert.DoesNotContain(segments, segment => segment.Kind == DiffKind.Deleted);
    }

    [Fact]
    public void A_removed_word_shows_as_deleted_and_nothing_as_inserted()
    {
        var segments = TextDiff.Compare("Tiimit jakavat kaikki työt.", "Tiimit jakavat työt.");

        Assert.Equal("kaikki", Assert.Single(segments, segment => segment.Kind == DiffKind.Deleted).Text.Trim());
        Assert.DoesNotContain(segments, segment => segment.Kind == DiffKind.Inserted);
    }

    [Fact]
    public void A_replaced_word_is_deleted_then_inserted_while_its_neighbours_stay()
    {
        var segments = TextDiff.Compare("Kokeilu kesti vuoden.", "Kokeilu kesti kaksi vuotta.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Unchanged, "Kokeilu kesti "),
                new DiffSegment(DiffKind.Deleted, "vuoden"),
                new DiffSegment(DiffKind.Inserted, "kaksi vuotta"),
                new DiffSegment(DiffKind.Unchanged, "."),
            ],
            segments);
    }

    [Fact]
    public void A_lone_space_between_two_changes_joins_them_into_one_replacement()
    {
        var segments = TextDiff.Compare("Tiimi A hoitaa.", "Ryhmä B hoitaa.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Deleted, "Tiimi A"),
                new DiffSegment(DiffKind.Inserted, "Ryhmä B"),
                new DiffSegment(DiffKind.Unchanged, " hoitaa."),
            ],
            segments);
    }

    [Fact]
    public void A_space_between_two_removals_is_not_shown_as_an_inserted_space()
    {
        var segments = TextDiff.Compare("yksi kaksi", " ");

        Assert.DoesNotContain(segments, segment => segment.Kind == DiffKind.Inserted);
    }

    [Fact]
    public void A_paragraph_break_between_two_changes_stays_unchanged()
    {
        var segments = TextDiff.Compare("Vanha.\n\nVanha.", "Uusi.\n\nUusi.");

        Assert.Contains(new DiffSegment(DiffKind.Unchanged, ".\n\n"), segments);
    }

    [Fact]
    public void Very_long_texts_fall_back_to_whole_lines_and_stay_fast()
    {
        var lines = Enumerable.Range(1, 3000).Select(number => $"Rivi {number} kertoo yhden asian käytännöstä.\n").ToArray();
        var before = string.Concat(lines);
        var after = string.Concat(lines.Select((line, index) => index == 1500 ? "Aivan uusi rivi tähän kohtaan.\n" : line));

        var clock = Stopwatch.StartNew();
        var segments = TextDiff.Compare(before, after);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The diff took {clock.Elapsed}.");
        Assert.Equal(lines[1500], Assert.Single(segments, segment => segment.Kind == DiffKind.Deleted).Text);
        Assert.Equal("Aivan uusi rivi tähän kohtaan.\n", Assert.Single(segments, segment => segment.Kind == DiffKind.Inserted).Text);
        Assert.Equal(after, Join(segments, DiffKind.Inserted));
        Assert.Equal(before, Join(segments, DiffKind.Deleted));
    }

    [Fact]
    public void Two_long_texts_with_nothing_in_common_become_one_deletion_and_one_insertion_without_a_huge_table()
    {
        var before = string.Concat(Enumerable.Range(1, 4000).Select(number => $"vanha {number}\n"));
        var after = string.Concat(Enumerable.Range(1, 4000).Select(number => $"uusi {number}\n"));

        var clock = Stopwatch.StartNew();
        var segments = TextDiff.Compare(before, after);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The diff took {clock.Elapsed}.");
        Assert.Equal([DiffKind.Deleted, DiffKind.Inserted], segments.Select(segment => segment.Kind));
        Assert.Equal(after, Join(segments, DiffKind.Inserted));
        Assert.Equal(before, Join(segments, DiffKind.Deleted));
    }

    [Theory]
    [InlineData("Tiimit jakavat työt.", "Tiimit  jakavat\ntyöt. ", false)]
    [InlineData("Tiimit jakavat työt.", "Tiimit jakavat työt!", true)]
    [InlineData("", "   ", false)]
    public void Only_more_than_whitespace_is_a_change_in_substance(string before, string after, bool substantial)
    {
        Assert.Equal(substantial, TextDiff.DiffersInSubstance(before, after));
    }

    private static string Join(IEnumerable<DiffSegment> segments, DiffKind side) =>
        string.Concat(segments.Where(segment => segment.Kind == DiffKind.Unchanged || segment.Kind == side).Select(segment => segment.Text));
}
