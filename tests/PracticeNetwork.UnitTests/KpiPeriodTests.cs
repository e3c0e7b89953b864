using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// A KPI's period is what its measurements are keyed by: every way people write one is read as the same period, a
/// period of the wrong kind or outside the years the network keeps is refused, and the ISO form reads back as itself.
/// </summary>
public sealed class KpiPeriodTests
{
    [Theory]
    [InlineData("2024-03")]
    [InlineData("2024-3")]
    [InlineData("3/2024")]
    [InlineData("03/2024")]
    [InlineData(" 3/2024 ")]
    public void A_month_is_read_in_iso_and_finnish_forms(string text)
    {
        Assert.True(KpiPeriod.TryParse(text, KpiFrequency.Monthly, out var period));

        Assert.Equal(KpiPeriod.Month(2024, 3), period);
        Assert.Equal("2024-03", period.Value.ToString());
        Assert.Equal("3/2024", period.Value.ToDisplayString());
    }

    [Theory]
    [InlineData("2024-Q2")]
    [InlineData("2024-q2")]
    [InlineData("2024Q2")]
    [InlineData("Q2/2024")]
    [InlineData("Q2 2024")]
    [InlineData("2/2024")]
    public void A_quarter_is_read_in_iso_and_finnish_forms(string text)
    {
        Assert.True(KpiPeriod.TryParse(text, KpiFrequency.Quarterly, out var period));

        Assert.Equal(KpiPeriod.Quarter(2024, 2), period);
        Assert.Equal("2024-Q2", period.Value.ToString());
        Assert.Equal("Q2/2024", period.Value.ToDisplayString());
    }

    [Fact]
    public void A_year_is_read_as_its_four_digits()
    {
        Assert.True(KpiPeriod.TryParse("2024", KpiFrequency.Yearly, out var period));

        Assert.Equal(KpiPeriod.OfYear(2024), period);
        Assert.Equal("2024", period.Value.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("13/2024")]
    [InlineData("2024-00")]
    [InlineData("0/2024")]
    [InlineData("2024-Q1")]
    [InlineData("2024")]
    [InlineData("2024-003")]
    [InlineData("24-03")]
    [InlineData("maaliskuu 2024")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_monthly_kpi_refuses_what_is_not_a_month(string? text)
    {
        Assert.False(KpiPeriod.TryParse(text, KpiFrequency.Monthly, out var period));
        Assert.Null(period);
    }

    [Theory]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("Q5/2024")]
    [InlineData("5/2024")]
    [InlineData("2024-03")]
    [InlineData("03/2024")]
    [InlineData("12/2024")]
    [InlineData("2024")]
    public void A_quarterly_kpi_refuses_months_and_quarters_that_do_not_exist(string text)
    {
        Assert.False(KpiPeriod.TryParse(text, KpiFrequency.Quarterly, out _));
    }

    [Theory]
    [InlineData("2024-03")]
    [InlineData("2024-Q1")]
    [InlineData("24")]
    [InlineData("20245")]
    public void A_yearly_kpi_refuses_anything_but_a_year(string text)
    {
        Assert.False(KpiPeriod.TryParse(text, KpiFrequency.Yearly, out _));
    }

    [Theory]
    [InlineData("1989-12", KpiFrequency.Monthly)]
    [InlineData("2101-01", KpiFrequency.Monthly)]
    [InlineData("1/1989", KpiFrequency.Monthly)]
    [InlineData("1989-Q4", KpiFrequency.Quarterly)]
    [InlineData("Q1/2101", KpiFrequency.Quarterly)]
    [InlineData("1989", KpiFrequency.Yearly)]
    [InlineData("2101", KpiFrequency.Yearly)]
    public void Years_outside_1990_to_2100_are_refused(string text, KpiFrequency frequency)
    {
        Assert.False(KpiPeriod.TryParse(text, frequency, out _));
    }

    [Theory]
    [InlineData("1990-01", KpiFrequency.Monthly)]
    [InlineData("2100-12", KpiFrequency.Monthly)]
    [InlineData("1990-Q1", KpiFrequency.Quarterly)]
    [InlineData("2100-Q4", KpiFrequency.Quarterly)]
    [InlineData("1990", KpiFrequency.Yearly)]
    [InlineData("2100", KpiFrequency.Yearly)]
    public void The_first_and_last_years_are_accepted_and_read_back_as_themselves(string text, KpiFrequency frequency)
    {
        var period = KpiPeriod.Parse(text, frequency);

        Assert.Equal(text, period.ToString());
        Assert.Equal(period, KpiPeriod.Parse(period.ToString(), frequency));
        Assert.Equal(period, KpiPeriod.Parse(period.ToDisplayString(), frequency));
    }

    [Theory]
    [InlineData("٢٠٢٤-٠٣")] // Arabic-Indic digits
    [InlineData("２０２４-０３")] // full-width digits
    public void Digits_of_other_scripts_are_refused_not_thrown_at(string text)
    {
        Assert.False(KpiPeriod.TryParse(text, KpiFrequency.Monthly, out _));
    }

    [Fact]
    public void Every_month_and_quarter_reads_back_from_its_iso_and_display_forms()
    {
        foreach (var month in Enumerable.Range(1, 12).Select(number => KpiPeriod.Month(2025, number)))
        {
            Assert.Equal(month, KpiPeriod.Parse(month.ToString(), KpiFrequency.Monthly));
            Assert.Equal(month, KpiPeriod.Parse(month.ToDisplayString(), KpiFrequency.Monthly));
        }

        foreach (var quarter in Enumerable.Range(1, 4).Select(number => KpiPeriod.Quarter(2025, number)))
        {
            Assert.Equal(quarter, KpiPeriod.Parse(quarter.ToString(), KpiFrequency.Quarterly));
            Assert.Equal(quarter, KpiPeriod.Parse(quarter.ToDisplayString(), KpiFrequency.Quarterly));
        }
    }

    [Fact]
    public void Parse_says_what_it_could_not_read()
    {
        var error = Assert.Throws<FormatException>(() => KpiPeriod.Parse("2024-13", KpiFrequency.Monthly));

        Assert.Contains("2024-13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factories_refuse_periods_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Month(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Month(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Quarter(2024, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.OfYear(1989));
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Month(2101, 1)).ParamName);
    }

    [Fact]
    public void Next_crosses_the_year_end()
    {
        Assert.Equal(KpiPeriod.Month(2025, 1), KpiPeriod.Month(2024, 12).Next());
        Assert.Equal(KpiPeriod.Month(2024, 12), KpiPeriod.Month(2024, 11).Next());
        Assert.Equal(KpiPeriod.Quarter(2025, 1), KpiPeriod.Quarter(2024, 4).Next());
        Assert.Equal(KpiPeriod.Quarter(2024, 4), KpiPeriod.Quarter(2024, 3).Next());
        Assert.Equal(KpiPeriod.OfYear(2025), KpiPeriod.OfYear(2024).Next());
    }

    [Fact]
    public void A_period_starts_on_its_first_day_and_ends_where_the_next_starts()
    {
        Assert.Equal(new DateOnly(2024, 2, 1), KpiPeriod.Month(2024, 2).Start);
        Assert.Equal(new DateOnly(2024, 3, 1), KpiPeriod.Month(2024, 2).End);
        Assert.Equal(new DateOnly(2024, 10, 1), KpiPeriod.Quarter(2024, 4).Start);
        Assert.Equal(new DateOnly(2025, 1, 1), KpiPeriod.Quarter(2024, 4).End);
        Assert.Equal(new DateOnly(2025, 1, 1), KpiPeriod.OfYear(2024).End);
        Assert.Equal(KpiPeriod.Month(2024, 12).Next().Start, KpiPeriod.Month(2024, 12).End);
    }

    [Fact]
    public void The_last_period_the_network_keeps_has_an_end_but_no_next()
    {
        Assert.Equal(new DateOnly(2101, 1, 1), KpiPeriod.Month(2100, 12).End);
        Assert.Equal(new DateOnly(2101, 1, 1), KpiPeriod.Quarter(2100, 4).End);
        Assert.Equal(new DateOnly(2101, 1, 1), KpiPeriod.OfYear(2100).End);
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiPeriod.Month(2100, 12).Next());
    }

    [Fact]
    public void Containing_finds_the_period_of_a_day()
    {
        var day = new DateOnly(2024, 8, 31);

        Assert.Equal(KpiPeriod.Month(2024, 8), KpiPeriod.Containing(day, KpiFrequency.Monthly));
        Assert.Equal(KpiPeriod.Quarter(2024, 3), KpiPeriod.Containing(day, KpiFrequency.Quarterly));
        Assert.Equal(KpiPeriod.OfYear(2024), KpiPeriod.Containing(day, KpiFrequency.Yearly));
    }

    [Fact]
    public void PeriodsUntil_counts_across_years_and_backwards()
    {
        Assert.Equal(0, KpiPeriod.Month(2024, 3).PeriodsUntil(KpiPeriod.Month(2024, 3)));
        Assert.Equal(1, KpiPeriod.Month(2024, 12).PeriodsUntil(KpiPeriod.Month(2025, 1)));
        Assert.Equal(12, KpiPeriod.Month(2023, 3).PeriodsUntil(KpiPeriod.Month(2024, 3)));
        Assert.Equal(-14, KpiPeriod.Month(2024, 3).PeriodsUntil(KpiPeriod.Month(2023, 1)));
        Assert.Equal(5, KpiPeriod.Quarter(2023, 4).PeriodsUntil(KpiPeriod.Quarter(2025, 1)));
        Assert.Equal(3, KpiPeriod.OfYear(2021).PeriodsUntil(KpiPeriod.OfYear(2024)));
    }

    [Fact]
    public void PeriodsUntil_agrees_with_stepping_by_next()
    {
        var first = KpiPeriod.Month(2022, 11);
        var period = first;
        for (var steps = 0; steps < 30; steps++)
        {
            Assert.Equal(steps, first.PeriodsUntil(period));
            period = period.Next();
        }
    }

    [Fact]
    public void PeriodsUntil_refuses_a_period_of_another_frequency()
    {
        Assert.Throws<ArgumentException>(() => KpiPeriod.Month(2024, 1).PeriodsUntil(KpiPeriod.Quarter(2024, 1)));
    }

    [Fact]
    public void Periods_sort_in_time_order()
    {
        var periods = new[] { KpiPeriod.Month(2025, 1), KpiPeriod.Month(2024, 12), KpiPeriod.Month(2024, 2) };

        Assert.Equal([KpiPeriod.Month(2024, 2), KpiPeriod.Month(2024, 12), KpiPeriod.Month(2025, 1)], periods.Order());
        Assert.True(KpiPeriod.Month(2024, 12) < KpiPeriod.Month(2025, 1));
        Assert.True(KpiPeriod.Quarter(2024, 4) >= KpiPeriod.Quarter(2024, 4));
    }
}
