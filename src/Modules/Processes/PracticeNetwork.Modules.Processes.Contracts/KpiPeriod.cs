using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>
/// One measuring period of a KPI: a month, a quarter or a year. Written as ISO 8601 does ("2024-03", "2024"), quarters
/// as "2024-Q1". <see cref="TryParse"/> also accepts the ways Finnish and Swedish users write them: "3/2024",
/// "03/2024", "Q1/2024", "1/2024" for a quarter when the KPI is quarterly, and "2024-3".
/// </summary>
public readonly partial record struct KpiPeriod : IComparable<KpiPeriod>
{
    private KpiPeriod(KpiFrequency frequency, int year, int number)
    {
        Frequency = frequency;
        Year = year;
        Number = number;
    }

    public KpiFrequency Frequency { get; }

    public int Year { get; }

    /// <summary>The month (1–12) or the quarter (1–4); 1 for a year.</summary>
    public int Number { get; }

    /// <summary>The first and last year a period may fall in.</summary>
    public const int MinYear = 1990;

    public const int MaxYear = 2100;

    public static KpiPeriod Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(KpiFrequency.Monthly, CheckedYear(year), month);
    }

    public static KpiPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(KpiFrequency.Quarterly, CheckedYear(year), quarter);
    }

    public static KpiPeriod OfYear(int year) => new(KpiFrequency.Yearly, CheckedYear(year), 1);

    /// <summary>The period of <paramref name="frequency"/> that holds <paramref name="date"/>.</summary>
    public static KpiPeriod Containing(DateOnly date, KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => Month(date.Year, date.Month),
        KpiFrequency.Quarterly => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => OfYear(date.Year),
    };

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => Frequency switch
    {
        KpiFrequency.Monthly => new DateOnly(Year, Number, 1),
        KpiFrequency.Quarterly => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The first day after the period (also for the last period of <see cref="MaxYear"/>, which has no next one).</summary>
    public DateOnly End => Frequency switch
    {
        KpiFrequency.Monthly => Start.AddMonths(1),
        KpiFrequency.Quarterly => Start.AddMonths(3),
        _ => Start.AddYears(1),
    };

    /// <summary>The period after this one; there is none after the last period of <see cref="MaxYear"/>.</summary>
    public KpiPeriod Next() => Frequency switch
    {
        KpiFrequency.Monthly => Number == 12 ? Month(Year + 1, 1) : Month(Year, Number + 1),
        KpiFrequency.Quarterly => Number == 4 ? Quarter(Year + 1, 1) : Quarter(Year, Number + 1),
        _ => OfYear(Year + 1),
    };

    /// <summary>How many periods from this one to <paramref name="later"/> (same frequency).</summary>
    public int PeriodsUntil(KpiPeriod later)
    {
        if (later.Frequency != Frequency)
        {
            throw new ArgumentException("The periods are of different frequencies.", nameof(later));
        }

        var perYear = Frequency switch { KpiFrequency.Monthly => 12, KpiFrequency.Quarterly => 4, _ => 1 };
        return ((later.Year - Year) * perYear) + later.Number - Number;
    }

    /// <summary>Reads <paramref name="text"/> as a period of <paramref name="frequency"/>; a month given for a quarterly KPI is not a quarter.</summary>
    public static bool TryParse(string? text, KpiFrequency frequency, [NotNullWhen(true)] out KpiPeriod? period)
    {
        period = null;
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        int year, number;
        switch (frequency)
        {
            case KpiFrequency.Yearly when YearPattern().Match(value) is { Success: true } match:
                year = Int(match.Groups["year"]);
                if (ValidYear(year))
                {
                    period = OfYear(year);
                }

                break;
            case KpiFrequency.Quarterly when QuarterPattern().Match(value) is { Success: true } match:
                (year, number) = (Int(match.Groups["year"]), Int(match.Groups["number"]));
                if (ValidYear(year) && number is >= 1 and <= 4)
                {
                    period = Quarter(year, number);
                }

                break;
            case KpiFrequency.Monthly when MonthPattern().Match(value) is { Success: true } match:
                (year, number) = (Int(match.Groups["year"]), Int(match.Groups["number"]));
                if (ValidYear(year) && number is >= 1 and <= 12)
                {
                    period = Month(year, number);
                }

                break;
        }

        return period is not null;
    }

    public static KpiPeriod Parse(string text, KpiFrequency frequency) =>
        TryParse(text, frequency, out var period) ? period.Value : throw new FormatException($"'{text}' is not a {frequency} period.");

    /// <summary>"2024-03", "2024-Q1" or "2024": the form the API, the CSV export and the database use.</summary>
    public override string ToString() => Frequency switch
    {
        KpiFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}"),
        KpiFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>The period as a reader writes it: "3/2024", "Q1/2024", "2024".</summary>
    public string ToDisplayString() => Frequency switch
    {
        KpiFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Year}"),
        KpiFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"Q{Number}/{Year}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public int CompareTo(KpiPeriod other) => (Frequency, Year, Number).CompareTo((other.Frequency, other.Year, other.Number));

    public static bool operator <(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(KpiPeriod left, KpiPeriod right) => left.CompareTo(right) >= 0;

    private static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    private static int CheckedYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return year;
    }

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse refuses with an exception.
    [GeneratedRegex(@"^(?<year>[0-9]{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})-?Q(?<number>[0-9])|Q(?<number>[0-9])[/ ](?<year>[0-9]{4})|(?<number>[0-9])/(?<year>[0-9]{4}))$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})-(?<number>[0-9]{1,2})|(?<number>[0-9]{1,2})/(?<year>[0-9]{4}))$")]
    private static partial Regex MonthPattern();
}
