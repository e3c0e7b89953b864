using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Pages.Comparison;

/// <summary>
/// One series of the comparison as its table row: whose it is (named as in the chart's legend), its latest value,
/// its own target and where the latest value stands against it, and its trend.
/// </summary>
public sealed record ComparisonRow(
    string SeriesName, string Municipality, Guid ProcessId, string ProcessTitle, string KpiName, KpiValue? Latest, decimal? Target, KpiTargetStatus TargetStatus, KpiTrend Trend);

public static class ComparisonRows
{
    /// <summary>
    /// The series in the order the page shows them (by municipality, then process), each named by its municipality,
    /// and by its process as well when the municipality has more than one series.
    /// </summary>
    public static IReadOnlyList<(KpiComparisonSeries Series, string Municipality, string Name)> Named(KpiComparison comparison, MunicipalityLookup municipalities)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(municipalities);
        var collation = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var named = comparison.Series
            .Select(series => (Series: series, Municipality: municipalities.NameOf(series.MunicipalityId)))
            .OrderBy(item => item.Municipality, collation).ThenBy(item => item.Series.ProcessTitle, collation).ThenBy(item => item.Series.KpiName, collation)
            .ToList();
        var perMunicipality = named.GroupBy(item => item.Series.MunicipalityId).ToDictionary(group => group.Key, group => group.Count());
        var perProcess = named.GroupBy(item => item.Series.ProcessId).ToDictionary(group => group.Key, group => group.Count());
        return [.. named.Select(item => (item.Series, item.Municipality, Name:
            perMunicipality[item.Series.MunicipalityId] == 1 ? item.Municipality
            : perProcess[item.Series.ProcessId] == 1 ? $"{item.Municipality}: {item.Series.ProcessTitle}"
            : $"{item.Municipality}: {item.Series.ProcessTitle} ({item.Series.KpiName})"))];
    }

    public static KpiChartInput ChartInput(NetworkKpiDefinition definition, string name, IReadOnlyList<(KpiComparisonSeries Series, string Municipality, string Name)> named)
    {
        ArgumentNullException.ThrowIfNull(named);
        return KpiChartInput.ForComparison(definition, name,
            [.. named.Select(item => (item.Name, item.Series.Target, item.Series.Measurements.Select(value => new KpiPoint(value.Period, value.Value))))]);
    }

    /// <summary>Each series' trend in words, as a chart of all of them would state it.</summary>
    public static IReadOnlyList<KpiTrend> Trends(
        NetworkKpiDefinition definition, string name, IReadOnlyList<(KpiComparisonSeries Series, string Municipality, string Name)> named,
        KpiChartTexts texts, CultureInfo culture)
    {
        var input = ChartInput(definition, name, named);
        return [.. input.Series.Select(series => KpiTrends.Of(series.Name, [.. series.Points.OrderBy(point => point.Period)], input, texts, culture))];
    }

    /// <param name="trends">The trends, one per series in the same order.</param>
    public static IReadOnlyList<ComparisonRow> Of(
        NetworkKpiDefinition definition, IReadOnlyList<(KpiComparisonSeries Series, string Municipality, string Name)> named, IReadOnlyList<KpiTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(trends);
        return [.. named.Select((item, index) =>
        {
            var latest = item.Series.Measurements.Count == 0 ? null : item.Series.Measurements.MaxBy(value => value.Period);
            var status = latest is null || item.Series.Target is not { } target ? KpiTargetStatus.NoTarget
                : KpiTrends.Assess(latest.Value - target, definition.Direction) == KpiChange.Worse ? KpiTargetStatus.Missed
                : KpiTargetStatus.Reached;
            return new ComparisonRow(item.Name, item.Municipality, item.Series.ProcessId, item.Series.ProcessTitle, item.Series.KpiName,
                latest, item.Series.Target, status, trends[index]);
        })];
    }
}
