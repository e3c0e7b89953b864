using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// How a demo KPI's sample values are made, instead of writing them out: one value per period from <see cref="From"/>
/// to <see cref="To"/>, on a trend from <see cref="Start"/> to <see cref="End"/> that improves fastest at first (as
/// after a change is made), plus the seasons of finance work (<see cref="Seasonality"/>) and noise from a
/// <see cref="Random"/> seeded with <see cref="Seed"/>, rounded to one decimal. The same spec gives the same values on
/// every start and machine.
/// </summary>
internal sealed record DemoMeasurementSeries
{
    /// <summary>
    /// How much busier than usual each month is, -1 to 1, averaging 0: the year-end and annual invoicing in January and
    /// February, the summer holidays in July and August; spring and autumn run smoothly.
    /// </summary>
    private static readonly decimal[] Busyness = [1m, 0.5m, -0.5m, -0.5m, -0.5m, 0m, 1m, 0.5m, -0.5m, -0.5m, -0.5m, 0m];

    /// <summary>The first period, as ISO writes it: "2021-01", or "2021-Q1" for a quarterly KPI.</summary>
    public required string From { get; init; }

    /// <summary>The last period.</summary>
    public required string To { get; init; }

    /// <summary>Where the trend starts, in the KPI's unit.</summary>
    public required decimal Start { get; init; }

    /// <summary>Where the trend ends.</summary>
    public required decimal End { get; init; }

    /// <summary>The largest random deviation from the trend, either way.</summary>
    public decimal Noise { get; init; }

    /// <summary>How much worse than the trend the busiest month is (and better the quietest).</summary>
    public decimal Seasonality { get; init; }

    public required int Seed { get; init; }

    public IReadOnlyList<DemoMeasurement> Generate(KpiFrequency frequency, KpiDirection direction)
    {
        var first = KpiPeriod.Parse(From, frequency);
        var steps = first.PeriodsUntil(KpiPeriod.Parse(To, frequency));
        var random = new Random(Seed);
        var worse = direction == KpiDirection.LowerIsBetter ? 1m : -1m;
        var values = new List<DemoMeasurement>();
        var period = first;
        for (var index = 0; index <= steps; index++, period = period.Next())
        {
            var progress = steps == 0 ? 1m : (decimal)index / steps;
            var eased = 1m - ((1m - progress) * (1m - progress));
            var trend = Start + ((End - Start) * eased);
            var season = worse * Seasonality * BusynessOf(period);
            var noise = Noise * (decimal)(random.NextDouble() + random.NextDouble() - 1.0);
            var value = Math.Round(trend + season + noise, 1, MidpointRounding.AwayFromZero);
            var recordedAt = new DateTimeOffset(period.End.AddDays(4).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            values.Add(new DemoMeasurement(period, value, recordedAt));
        }

        return values;
    }

    /// <summary>The periods are ISO ones of the KPI's frequency, in order, and every value is one the unit can have.</summary>
    public void Check(DemoContentFile file, string field, KpiFrequency frequency, KpiDirection direction, string unit)
    {
        ArgumentNullException.ThrowIfNull(file);
        var example = frequency switch { KpiFrequency.Monthly => "2021-01", KpiFrequency.Quarterly => "2021-Q1", _ => "2021" };
        if (!KpiPeriod.TryParse(From, frequency, out var from) || From != from.Value.ToString())
        {
            throw file.Error($"{field}.from", $"\"{From}\" is not a {frequency.ToString().ToLowerInvariant()} period written as {example}");
        }

        if (!KpiPeriod.TryParse(To, frequency, out var to) || To != to.Value.ToString() || to.Value < from.Value)
        {
            throw file.Error($"{field}.to", $"\"{To}\" is not a {frequency.ToString().ToLowerInvariant()} period written as {example}, from {From} on");
        }

        if (Noise < 0 || Seasonality < 0)
        {
            throw file.Error(field, "noise and seasonality are sizes: zero or more");
        }

        var ceiling = unit == "%" ? 100m : decimal.MaxValue;
        if (Generate(frequency, direction).FirstOrDefault(value => value.Value < 0 || value.Value > ceiling) is { } impossible)
        {
            throw file.Error(field, $"the value of {impossible.Period} would be {impossible.Value} {unit}: narrow the noise or the seasonality");
        }
    }

    private static decimal BusynessOf(KpiPeriod period) => period.Frequency switch
    {
        KpiFrequency.Monthly => Busyness[period.Number - 1],
        // A quarter's value is the work done as it closes: in the month after it (July for the second, January for the fourth).
        KpiFrequency.Quarterly => Busyness[(period.Number * 3) % 12],
        _ => 0m,
    };
}

/// <summary>A generated value of a demo KPI and when it was recorded (a few days after its period).</summary>
internal sealed record DemoMeasurement(KpiPeriod Period, decimal Value, DateTimeOffset RecordedAt);
