using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

/// <summary>One measured value: the KPI's value for <paramref name="Period"/>.</summary>
public sealed record KpiPoint(KpiPeriod Period, decimal Value);

/// <summary>
/// One line of the chart: a KPI's measurements, at most one per period, in any order; periods without one are gaps.
/// <paramref name="Name"/> says whose line it is (a municipality on the comparison page); a KPI's own chart has one
/// series without a name.
/// </summary>
public sealed record KpiSeries(string? Name, IReadOnlyList<KpiPoint> Points);

/// <summary>What the KPI chart is drawn from: the KPI as defined and its series (one, or one per municipality).</summary>
public sealed record KpiChartInput(
    string Name,
    string Unit,
    KpiDirection Direction,
    KpiFrequency Frequency,
    decimal? Baseline,
    decimal? Target,
    IReadOnlyList<KpiSeries> Series)
{
    /// <summary>A KPI's own chart: its measurements as one series.</summary>
    public static KpiChartInput ForKpi(KpiFields kpi, IEnumerable<KpiPoint> points)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return new(kpi.Name, kpi.Unit, kpi.Direction, kpi.Frequency, kpi.Baseline, kpi.Target, [new KpiSeries(null, [.. points])]);
    }

    /// <summary>
    /// A network KPI across processes: a named series per process KPI (<paramref name="series"/>: its name, its target
    /// and its measurements), drawn on one scale with the catalogue's unit, direction and frequency. The target line is
    /// drawn only when every series has the same one; each series' own target is in the comparison table.
    /// </summary>
    public static KpiChartInput ForComparison(NetworkKpiDefinition definition, string name, IReadOnlyList<(string Name, decimal? Target, IEnumerable<KpiPoint> Points)> series)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(series);
        var targets = series.Select(line => line.Target).Distinct().ToList();
        return new(name, definition.Unit, definition.Direction, definition.Frequency, Baseline: null, Target: targets.Count == 1 ? targets[0] : null,
            [.. series.Select(line => new KpiSeries(line.Name, [.. line.Points]))]);
    }

    /// <summary>Whether the series are told apart by name, with a legend: whenever one has a name.</summary>
    public bool HasNamedSeries => Series.Any(series => !string.IsNullOrWhiteSpace(series.Name));
}

/// <summary>
/// The chart's words in the reader's language (<c>Chart.*</c> in ProcessResource). The trend templates take numbers
/// already written with their unit:
/// <see cref="TrendLatest"/> the latest value, its period and what it "is" (the clauses joined with <see cref="And"/>);
/// <see cref="TrendBetter"/>, <see cref="TrendWorse"/>, <see cref="TrendSame"/> the change and the previous period;
/// <see cref="TargetBetter"/>, <see cref="TargetWorse"/>, <see cref="TargetMet"/> the distance and the target;
/// <see cref="LongBetter"/>, <see cref="LongWorse"/>, <see cref="LongSame"/> the change, the earlier period and its value.
/// <see cref="Description"/> takes the number of measurements and the first and last period;
/// <see cref="SeriesDescription"/> the number of series first.
/// </summary>
public sealed record KpiChartTexts(
    string Title,
    string Description,
    string SeriesDescription,
    string Empty,
    string Target,
    string Baseline,
    string Legend,
    string NoMeasurements,
    string TrendLatest,
    string TrendFirst,
    string TrendBetter,
    string TrendWorse,
    string TrendSame,
    string TargetBetter,
    string TargetWorse,
    string TargetMet,
    string And,
    string LongBetter,
    string LongWorse,
    string LongSame,
    string SeriesTrend,
    string Better,
    string Worse,
    string Same,
    string Change)
{
    /// <summary>The chart's words from the process texts (<c>Chart.*</c>).</summary>
    public static KpiChartTexts From(IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string Text(string key) => texts[$"Chart.{key}"].Value;
        return new KpiChartTexts(
            Text("Title"), Text("Description"), Text("SeriesDescription"), Text("Empty"), Text("Target"), Text("Baseline"),
            Text("Legend"), Text("NoMeasurements"), Text("TrendLatest"), Text("TrendFirst"), Text("TrendBetter"), Text("TrendWorse"),
            Text("TrendSame"), Text("TargetBetter"), Text("TargetWorse"), Text("TargetMet"), Text("And"), Text("LongBetter"),
            Text("LongWorse"), Text("LongSame"), Text("SeriesTrend"), Text("Better"), Text("Worse"), Text("Same"), Text("Change"));
    }
}
