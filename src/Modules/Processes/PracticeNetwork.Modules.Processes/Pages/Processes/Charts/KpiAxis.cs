using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

/// <summary>The value axis: round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record KpiValueAxis(IReadOnlyList<decimal> Ticks, int Decimals)
{
    public decimal Min => Ticks[0];

    public decimal Max => Ticks[^1];
}

/// <summary>The chart's axes, pure arithmetic: round value ticks and which periods get a label.</summary>
public static class KpiAxis
{
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120];
    private static readonly int[] QuarterSteps = [1, 2, 4, 8, 20, 40];
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50];

    /// <summary>
    /// Four to about eight round ticks covering <paramref name="min"/>–<paramref name="max"/>. The axis starts at
    /// zero when the values are positive and the lowest is near zero compared to their spread.
    /// </summary>
    public static KpiValueAxis Values(decimal min, decimal max)
    {
        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (min == max)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) / 10;
            (min, max) = (min - pad, max + pad);
        }

        if (min > 0 && min <= (max - min) / 2)
        {
            min = 0;
        }

        var (step, decimals) = NiceStep((max - min) / 4);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        var ticks = new List<decimal>();
        for (var tick = low; tick <= high; tick += step)
        {
            ticks.Add(tick);
        }

        return new KpiValueAxis(ticks, decimals);
    }

    /// <summary>
    /// The indexes (from <paramref name="first"/>, of <paramref name="count"/> periods) that get a label when labels
    /// need <paramref name="spacing"/> periods each: calendar-aligned ones (every 3rd month: 1, 4, 7, 10) and always
    /// the first and the last, dropping aligned ones too close to those two.
    /// </summary>
    public static IReadOnlyList<int> LabelledPeriods(KpiPeriod first, int count, int spacing)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        spacing = Math.Max(1, spacing);
        var steps = first.Frequency switch
        {
            KpiFrequency.Monthly => MonthSteps,
            KpiFrequency.Quarterly => QuarterSteps,
            _ => YearSteps,
        };
        var step = steps.FirstOrDefault(candidate => candidate >= spacing, steps[^1]);
        var perYear = first.Frequency switch { KpiFrequency.Monthly => 12, KpiFrequency.Quarterly => 4, _ => 1 };
        var ordinal = (first.Year * perYear) + first.Number - 1;
        var last = count - 1;
        var labelled = new List<int> { 0 };
        for (var index = 1; index < last; index++)
        {
            if ((ordinal + index) % step == 0 && index >= spacing && last - index >= spacing)
            {
                labelled.Add(index);
            }
        }

        if (last > 0)
        {
            labelled.Add(last);
        }

        return labelled;
    }

    private static (decimal Step, int Decimals) NiceStep(decimal rough)
    {
        var exponent = (int)Math.Floor(Math.Log10((double)rough));
        var power = PowerOfTen(exponent);
        var fraction = rough / power;
        var (nice, extra) = fraction switch
        {
            <= 1m => (1m, 0),
            <= 2m => (2m, 0),
            <= 2.5m => (2.5m, 1),
            <= 5m => (5m, 0),
            _ => (1m, 0),
        };
        if (fraction > 5m)
        {
            exponent++;
            power *= 10;
        }

        return (nice * power, Math.Max(0, -exponent + extra));
    }

    private static decimal PowerOfTen(int exponent)
    {
        var power = 1m;
        for (var index = 0; index < Math.Abs(exponent); index++)
        {
            power = exponent > 0 ? power * 10 : power / 10;
        }

        return power;
    }
}
