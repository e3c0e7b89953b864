using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

/// <summary>Which way a value moved, judged by the KPI's direction.</summary>
public enum KpiChange
{
    Better,
    Worse,
    Unchanged,
}

/// <summary>Where the latest value stands against the target: reached means at the target or on its better side.</summary>
public enum KpiTargetStatus
{
    NoTarget,
    Reached,
    Missed,
}

/// <summary>
/// One series' trend in words, the same for every reader: the latest value and period, how it compares with the
/// previous measurement and with the target, and with 12 or more measurements how it compares with the one about 12
/// periods earlier. <paramref name="Latest"/> is null when the series has no measurements.
/// </summary>
public sealed record KpiTrend(string? Series, string Sentence, KpiPoint? Latest, KpiChange? Change, KpiTargetStatus Target);

internal static class KpiTrends
{
    /// <summary>The measurements a series needs before its trend also looks back over about 12 periods.</summary>
    public const int LongTrendPoints = 12;

    public static KpiChange Assess(decimal change, KpiDirection direction) =>
        change == 0 ? KpiChange.Unchanged
        : (change > 0) == (direction == KpiDirection.HigherIsBetter) ? KpiChange.Better
        : KpiChange.Worse;

    /// <param name="points">The series' measurements in period order.</param>
    public static KpiTrend Of(string? series, IReadOnlyList<KpiPoint> points, KpiChartInput input, KpiChartTexts texts, CultureInfo culture)
    {
        if (points.Count == 0)
        {
            return new KpiTrend(series, Named(series, texts.Empty, texts, culture), null, null, KpiTargetStatus.NoTarget);
        }

        string Value(decimal value) => KpiValueText.WithUnit(value, input.Unit, culture);
        var latest = points[^1];
        var clauses = new List<string>();
        KpiChange? change = null;
        var previous = points.Count > 1 ? points[^2] : null;
        if (previous is not null)
        {
            var difference = latest.Value - previous.Value;
            change = Assess(difference, input.Direction);
            var template = change switch { KpiChange.Better => texts.TrendBetter, KpiChange.Worse => texts.TrendWorse, _ => texts.TrendSame };
            clauses.Add(string.Format(culture, template, Value(Math.Abs(difference)), previous.Period.ToDisplayString()));
        }
        else
        {
            clauses.Add(texts.TrendFirst);
        }

        var target = KpiTargetStatus.NoTarget;
        if (input.Target is { } goal)
        {
            var distance = latest.Value - goal;
            var standing = Assess(distance, input.Direction);
            target = standing == KpiChange.Worse ? KpiTargetStatus.Missed : KpiTargetStatus.Reached;
            var template = standing switch { KpiChange.Better => texts.TargetBetter, KpiChange.Worse => texts.TargetWorse, _ => texts.TargetMet };
            clauses.Add(string.Format(culture, template, Value(Math.Abs(distance)), Value(goal)));
        }

        var sentence = string.Format(culture, texts.TrendLatest, Value(latest.Value), latest.Period.ToDisplayString(), string.Join($" {texts.And} ", clauses));
        if (points.Count >= LongTrendPoints && LongReference(points) is { } earlier && earlier != previous)
        {
            var difference = latest.Value - earlier.Value;
            var template = Assess(difference, input.Direction) switch
            {
                KpiChange.Better => texts.LongBetter,
                KpiChange.Worse => texts.LongWorse,
                _ => texts.LongSame,
            };
            sentence += " " + string.Format(culture, template, Value(Math.Abs(difference)), earlier.Period.ToDisplayString(), Value(earlier.Value));
        }

        return new KpiTrend(series, Named(series, sentence, texts, culture), latest, change, target);
    }

    /// <summary>The earliest measurement at most 12 periods before the latest one (12 months, 12 quarters or 12 years).</summary>
    private static KpiPoint? LongReference(IReadOnlyList<KpiPoint> points)
    {
        var latest = points[^1];
        return points.FirstOrDefault(point => point != latest && point.Period.PeriodsUntil(latest.Period) <= 12);
    }

    private static string Named(string? series, string sentence, KpiChartTexts texts, CultureInfo culture) =>
        string.IsNullOrWhiteSpace(series) ? sentence : string.Format(culture, texts.SeriesTrend, series, sentence);
}
