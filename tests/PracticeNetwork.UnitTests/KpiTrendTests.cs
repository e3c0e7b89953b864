using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using static PracticeNetwork.UnitTests.KpiChartTests;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The trend sentence tells every reader, in their language, what the chart shows: the latest value, whether it is
/// better or worse than the one before (by the KPI's direction), how far it is from the target, and with a year or
/// more of measurements how it compares with about twelve periods back.
/// </summary>
public sealed class KpiTrendTests
{
    [Fact]
    public void A_shorter_time_is_better_and_the_target_is_still_ahead()
    {
        var input = Input([Month(2024, 2, 14), Month(2024, 3, 12.5m)], target: 10);

        var fi = Single(input, "fi");
        var sv = Single(input, "sv");

        Assert.Equal("Viimeisin arvo 12,5 pv (3/2024) on 1,5 pv parempi kuin edellinen (2/2024) ja 2,5 pv tavoitetta (10 pv) heikompi.", fi.Sentence);
        Assert.Equal("Det senaste värdet 12,5 pv (3/2024) är 1,5 pv bättre än det föregående (2/2024) och 2,5 pv sämre än målet (10 pv).", sv.Sentence);
        Assert.Equal(KpiChange.Better, fi.Change);
        Assert.Equal(KpiTargetStatus.Missed, fi.Target);
    }

    [Fact]
    public void A_falling_share_is_worse_even_when_the_target_is_reached()
    {
        var input = Input([Month(2024, 2, 92), Month(2024, 3, 90)], target: 85, direction: KpiDirection.HigherIsBetter, unit: "%");

        var fi = Single(input, "fi");
        var sv = Single(input, "sv");

        Assert.Equal("Viimeisin arvo 90 % (3/2024) on 2 % heikompi kuin edellinen (2/2024) ja 5 % tavoitetta (85 %) parempi.", fi.Sentence);
        Assert.Equal("Det senaste värdet 90 % (3/2024) är 2 % sämre än det föregående (2/2024) och 5 % bättre än målet (85 %).", sv.Sentence);
        Assert.Equal(KpiChange.Worse, fi.Change);
        Assert.Equal(KpiTargetStatus.Reached, fi.Target);
    }

    [Fact]
    public void A_rising_share_below_its_target_is_better_but_misses_it()
    {
        var trend = Single(Input([Month(2024, 2, 80), Month(2024, 3, 82)], target: 85, direction: KpiDirection.HigherIsBetter, unit: "%"), "fi");

        Assert.Equal("Viimeisin arvo 82 % (3/2024) on 2 % parempi kuin edellinen (2/2024) ja 3 % tavoitetta (85 %) heikompi.", trend.Sentence);
        Assert.Equal(KpiTargetStatus.Missed, trend.Target);
    }

    [Fact]
    public void A_value_at_the_target_reaches_it()
    {
        var fi = Single(Input([Month(2024, 2, 11), Month(2024, 3, 10)], target: 10), "fi");
        var sv = Single(Input([Month(2024, 2, 11), Month(2024, 3, 10)], target: 10), "sv");

        Assert.Equal("Viimeisin arvo 10 pv (3/2024) on 1 pv parempi kuin edellinen (2/2024) ja tavoitteen (10 pv) mukainen.", fi.Sentence);
        Assert.Equal("Det senaste värdet 10 pv (3/2024) är 1 pv bättre än det föregående (2/2024) och i nivå med målet (10 pv).", sv.Sentence);
        Assert.Equal(KpiTargetStatus.Reached, fi.Target);
    }

    [Fact]
    public void An_unchanged_value_is_said_to_be_the_same()
    {
        var trend = Single(Input([Month(2024, 2, 12), Month(2024, 3, 12)]), "fi");

        Assert.Equal("Viimeisin arvo 12 pv (3/2024) on sama kuin edellinen (2/2024).", trend.Sentence);
        Assert.Equal(KpiChange.Unchanged, trend.Change);
        Assert.Equal(KpiTargetStatus.NoTarget, trend.Target);
    }

    [Fact]
    public void A_single_measurement_is_the_first_one()
    {
        Assert.Equal("Viimeisin arvo 12,5 pv (3/2024) on ensimmäinen mittaus.", Single(Input([Month(2024, 3, 12.5m)]), "fi").Sentence);
        Assert.Equal("Det senaste värdet 12,5 pv (3/2024) är den första mätningen.", Single(Input([Month(2024, 3, 12.5m)]), "sv").Sentence);
        Assert.Equal(
            "Viimeisin arvo 12,5 pv (3/2024) on ensimmäinen mittaus ja 2,5 pv tavoitetta (10 pv) heikompi.",
            Single(Input([Month(2024, 3, 12.5m)], target: 10), "fi").Sentence);
        Assert.Null(Single(Input([Month(2024, 3, 12.5m)]), "fi").Change);
    }

    [Fact]
    public void Without_measurements_the_sentence_says_there_are_none()
    {
        var fi = Single(Input([], target: 10), "fi");
        var sv = Single(Input([], target: 10), "sv");

        Assert.Equal("Mittarille ei ole vielä kirjattu arvoja.", fi.Sentence);
        Assert.Equal("Inga värden har ännu registrerats för nyckeltalet.", sv.Sentence);
        Assert.Null(fi.Latest);
    }

    [Fact]
    public void After_a_gap_the_previous_measurement_is_named_by_its_period()
    {
        var trend = Single(Input([Month(2023, 12, 15), Month(2024, 3, 12.5m)]), "fi");

        Assert.Equal("Viimeisin arvo 12,5 pv (3/2024) on 2,5 pv parempi kuin edellinen (12/2023).", trend.Sentence);
    }

    [Fact]
    public void With_a_year_of_measurements_the_change_over_twelve_periods_is_told_too()
    {
        // 3/2023 … 3/2024: 13 months, half a day faster each month.
        var points = Enumerable.Range(0, 13).Select(index => new KpiPoint(KpiPeriod.Month(2023, 3).Plus(index), 20 - (index * 0.5m))).ToList();

        var fi = Single(Input(points), "fi");
        var sv = Single(Input(points), "sv");

        Assert.Equal("Viimeisin arvo 14 pv (3/2024) on 0,5 pv parempi kuin edellinen (2/2024). Jaksoon 3/2023 (20 pv) verrattuna se on 6 pv parempi.", fi.Sentence);
        Assert.Equal("Det senaste värdet 14 pv (3/2024) är 0,5 pv bättre än det föregående (2/2024). Jämfört med 3/2023 (20 pv) är det 6 pv bättre.", sv.Sentence);
    }

    [Fact]
    public void Twelve_measurements_compare_with_the_earliest_of_them_and_eleven_do_not_look_back()
    {
        var twelve = Enumerable.Range(0, 12).Select(index => new KpiPoint(KpiPeriod.Month(2023, 4).Plus(index), 10 + index)).ToList();
        var eleven = twelve.Skip(1).ToList();

        Assert.EndsWith("Jaksoon 4/2023 (10 pv) verrattuna se on 11 pv heikompi.", Single(Input(twelve), "fi").Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("verrattuna", Single(Input(eleven), "fi").Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_twelve_periods_an_unchanged_value_is_said_to_be_so()
    {
        var points = Enumerable.Range(0, 13).Select(index => new KpiPoint(KpiPeriod.Month(2023, 3).Plus(index), index is 0 or 12 ? 10 : 11)).ToList();

        Assert.EndsWith("Jaksoon 3/2023 (10 pv) verrattuna se on ennallaan.", Single(Input(points), "fi").Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void English_readers_get_the_same_sentence_in_english()
    {
        var trend = Single(Input([Month(2024, 2, 80), Month(2024, 3, 82)], target: 85, direction: KpiDirection.HigherIsBetter, unit: "%"), "en");

        Assert.Equal("The latest value 82% (3/2024) is 2% better than the previous one (2/2024) and 3% worse than the target (85%).", trend.Sentence);
    }

    private static KpiTrend Single(KpiChartInput input, string language) => Assert.Single(Build(input, language).Trends);
}

internal static class KpiPeriodSteps
{
    public static KpiPeriod Plus(this KpiPeriod period, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            period = period.Next();
        }

        return period;
    }
}
