using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

/// <summary>
/// One measurement in the table: the value as the reader writes numbers (the unit is in the column heading) and its
/// change from the series' previous measurement, signed and judged in words ("−1,5 (parempi)").
/// </summary>
public sealed record KpiTableCell(decimal Value, string ValueText, decimal? Change, KpiChange? Assessment, string ChangeText);

/// <summary>A measured period with a cell per series (null where that series has no measurement).</summary>
public sealed record KpiTableRow(KpiPeriod Period, IReadOnlyList<KpiTableCell?> Cells)
{
    public string PeriodText => Period.ToDisplayString();
}

/// <summary>
/// The chart's data as a table beside it, in period order: a row for every period some series has a measurement
/// for, a column per series. A KPI's own chart has one series and shows its change column; the comparison shows
/// the values side by side.
/// </summary>
public sealed record KpiTable(IReadOnlyList<string> Series, IReadOnlyList<KpiTableRow> Rows)
{
    public bool IsComparison => Series.Count > 1;

    /// <param name="series">The series' measurements in period order.</param>
    internal static KpiTable Of(IReadOnlyList<(string Name, IReadOnlyList<KpiPoint> Points)> series, KpiChartInput input, KpiChartTexts texts, CultureInfo culture)
    {
        var cells = series.Select(line => CellsOf(line.Points, input, texts, culture)).ToList();
        var periods = series.SelectMany(line => line.Points).Select(point => point.Period).Distinct().Order();
        var rows = periods
            .Select(period => new KpiTableRow(period, [.. cells.Select(byPeriod => byPeriod.GetValueOrDefault(period))]))
            .ToList();
        return new KpiTable([.. series.Select(line => line.Name)], rows);
    }

    private static Dictionary<KpiPeriod, KpiTableCell> CellsOf(IReadOnlyList<KpiPoint> points, KpiChartInput input, KpiChartTexts texts, CultureInfo culture)
    {
        var cells = new Dictionary<KpiPeriod, KpiTableCell>();
        for (var index = 0; index < points.Count; index++)
        {
            var point = points[index];
            var valueText = KpiValueText.Format(point.Value, culture);
            if (index == 0)
            {
                cells[point.Period] = new KpiTableCell(point.Value, valueText, null, null, texts.TrendFirst);
                continue;
            }

            var change = point.Value - points[index - 1].Value;
            var assessment = KpiTrends.Assess(change, input.Direction);
            var changeText = assessment == KpiChange.Unchanged
                ? texts.Same
                : string.Format(culture, texts.Change, KpiValueText.SignedWithUnit(change, string.Empty, culture), assessment == KpiChange.Better ? texts.Better : texts.Worse);
            cells[point.Period] = new KpiTableCell(point.Value, valueText, change, assessment, changeText);
        }

        return cells;
    }
}
