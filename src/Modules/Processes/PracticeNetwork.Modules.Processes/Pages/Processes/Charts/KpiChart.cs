using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Charts;
using static PracticeNetwork.Web.Charts.SvgKit;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Charts;

/// <summary>
/// A KPI's measurements as an SVG line chart, its trend in words and the same data as a table. One builder draws a
/// KPI's own chart (one series) and the comparison (a series per municipality). The picture reads on paper and in
/// grey: series differ by marker shape and dash pattern and are named in a legend in words; the target line is
/// dashed and the baseline dotted, each labelled in words; every point has its period and value in a <c>title</c>;
/// a gap in the periods breaks the line. Numbers are written in the reader's culture. Built with XML objects, so
/// whatever people wrote is escaped and the markup is always well formed. Pure: texts and culture come in.
/// </summary>
public sealed class KpiChart
{
    public const double Width = 720;

    private const double Top = 34;
    private const double PlotHeight = 200;
    private const double PlotBottom = Top + PlotHeight;
    private const double Inset = 14;
    private const double LabelLine = 14;
    private const double LegendRow = 22;
    private const int MaxNameLength = 28;

    private static readonly string?[] Dashes = [null, "8 4", "2 3", "10 3 2 3", "4 2"];

    private readonly KpiChartInput _input;
    private readonly KpiChartTexts _texts;
    private readonly CultureInfo _culture;
    private readonly List<(string Name, IReadOnlyList<KpiPoint> Points)> _series;

    private KpiChart(KpiChartInput input, KpiChartTexts texts, CultureInfo culture, string id)
    {
        _input = input;
        _texts = texts;
        _culture = culture;
        Id = id;
        _series = [.. input.Series.Select(series => (Name: series.Name?.Trim() ?? string.Empty, Points: Sorted(series, input.Frequency)))];
        var named = input.HasNamedSeries;
        Trends = IsEmpty
            ? [new KpiTrend(null, texts.Empty, null, null, KpiTargetStatus.NoTarget)]
            : [.. _series.Select(series => KpiTrends.Of(named ? series.Name : null, series.Points, input, texts, culture))];
        Table = KpiTable.Of([.. _series.Select(series => (named ? series.Name : input.Name, series.Points))], input, texts, culture);
        Markup = (IsEmpty ? EmptyPicture() : Picture()).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The prefix of the ids in the picture, unique on the page; the table's id is <c>{Id}-taulukko</c>.</summary>
    public string Id { get; }

    public string Name => _input.Name;

    public string Unit => _input.Unit;

    /// <summary>The SVG element, ready to be written into the page as it is.</summary>
    public string Markup { get; }

    /// <summary>A trend per series (one for a KPI's own chart); with no measurements at all, the empty-state sentence.</summary>
    public IReadOnlyList<KpiTrend> Trends { get; }

    /// <summary>The trend sentences as one text.</summary>
    public string TrendText => string.Join(" ", Trends.Select(trend => trend.Sentence));

    public KpiTable Table { get; }

    /// <summary>No series has a measurement: the page shows the empty-state sentence instead of the picture and table.</summary>
    public bool IsEmpty => _series.All(series => series.Points.Count == 0);

    /// <summary>Whether the picture draws a target line (a comparison draws one only when every series has the same target).</summary>
    public bool DrawsTarget => _input.Target is not null;

    public bool DrawsBaseline => _input.Baseline is not null;

    /// <param name="id">A prefix for the ids in the picture, unique on the page.</param>
    /// <exception cref="ArgumentException">A period of another frequency than the KPI's, or two values for one period in a series.</exception>
    public static KpiChart Build(KpiChartInput input, KpiChartTexts texts, CultureInfo culture, string id = "mittari")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new KpiChart(input, texts, culture, id);
    }

    private static List<KpiPoint> Sorted(KpiSeries series, KpiFrequency frequency)
    {
        var points = series.Points.OrderBy(point => point.Period).ToList();
        if (points.Any(point => point.Period.Frequency != frequency))
        {
            throw new ArgumentException($"Series '{series.Name}' has a period that is not {frequency}.", nameof(series));
        }

        for (var index = 1; index < points.Count; index++)
        {
            if (points[index].Period == points[index - 1].Period)
            {
                throw new ArgumentException($"Series '{series.Name}' has two values for {points[index].Period}.", nameof(series));
            }
        }

        return points;
    }

    private XElement EmptyPicture() =>
        Root(Id, "kpi-chart", Width, 48, ChartTitle(), _texts.Empty, Text(_texts.Empty, 12, 28));

    private XElement Picture()
    {
        var points = _series.SelectMany(series => series.Points).ToList();
        var (first, last) = (points.Min(point => point.Period), points.Max(point => point.Period));
        var count = first.PeriodsUntil(last) + 1;
        var levels = points.Select(point => point.Value).Concat(new[] { _input.Target, _input.Baseline }.OfType<decimal>()).ToList();
        var axis = KpiAxis.Values(levels.Min(), levels.Max());
        var tickTexts = axis.Ticks.Select(tick => tick.ToString($"N{axis.Decimals}", _culture)).ToList();
        var layout = new Layout(
            Left: Math.Max(40, tickTexts.Max(TextWidth) + 12),
            Right: Math.Clamp(RightLabels(axis, count, first, 0).Select(label => label.Width).DefaultIfEmpty(0).Max() + 12, 56, 220),
            First: first,
            Count: count,
            Axis: axis);

        var picture = Root(Id, "kpi-chart", Width, 0, ChartTitle(), Describe(points, first, last));
        picture.Add(ValueAxis(layout, tickTexts));
        picture.Add(PeriodAxis(layout));
        if (_input.Baseline is { } baseline)
        {
            picture.Add(Level("kpi-chart__baseline", layout, baseline, "1 3", string.Format(_culture, _texts.Baseline, Value(baseline))));
        }

        if (_input.Target is { } target)
        {
            picture.Add(Level("kpi-chart__target", layout, target, "6 4", string.Format(_culture, _texts.Target, Value(target))));
        }

        for (var index = 0; index < _series.Count; index++)
        {
            picture.Add(Series(layout, index));
        }

        picture.Add(Spread(RightLabels(axis, count, first, layout.PlotRight)));
        var height = PlotBottom + 34;
        if (_input.HasNamedSeries)
        {
            var (legend, bottom) = Legend(height + 8);
            picture.Add(legend);
            height = bottom + 8;
        }

        picture.SetAttributeValue("height", Number(height));
        picture.SetAttributeValue("viewBox", $"0 0 {Number(Width)} {Number(height)}");
        return picture;
    }

    private string ChartTitle() => string.Format(_culture, _texts.Title, _input.Name);

    private string Describe(List<KpiPoint> points, KpiPeriod first, KpiPeriod last)
    {
        var description = _input.HasNamedSeries
            ? string.Format(_culture, _texts.SeriesDescription, _series.Count, points.Count, first.ToDisplayString(), last.ToDisplayString())
            : string.Format(_culture, _texts.Description, points.Count, first.ToDisplayString(), last.ToDisplayString());
        return $"{description} {TrendText}";
    }

    private static XElement ValueAxis(Layout layout, List<string> tickTexts)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "kpi-chart__values"), new XAttribute("aria-hidden", "true"));
        for (var index = 0; index < layout.Axis.Ticks.Count; index++)
        {
            var y = layout.Y(layout.Axis.Ticks[index]);
            var grid = Line("kpi-chart__grid", layout.Left, y, layout.PlotRight, y, 0.5);
            grid.Add(new XAttribute("stroke-opacity", "0.35"));
            group.Add(grid);
            group.Add(Text(tickTexts[index], layout.Left - 6, y + 4, "end"));
        }

        group.Add(Line("kpi-chart__axis", layout.Left, Top - 6, layout.Left, PlotBottom, 1));
        return group;
    }

    private XElement PeriodAxis(Layout layout)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "kpi-chart__periods"), new XAttribute("aria-hidden", "true"));
        group.Add(Line("kpi-chart__axis", layout.Left, PlotBottom, layout.PlotRight, PlotBottom, 1));
        if (!string.IsNullOrWhiteSpace(_input.Unit))
        {
            group.Add(Text(_input.Unit.Trim(), layout.Left - 6, Top - 14, "end"));
        }

        var perPeriod = layout.Count == 1 ? Width : (layout.PlotRight - layout.Left - (2 * Inset)) / (layout.Count - 1);
        var spacing = (int)Math.Ceiling((TextWidth("12/2024") + 8) / perPeriod);
        var labelled = KpiAxis.LabelledPeriods(layout.First, layout.Count, spacing).ToHashSet();
        var period = layout.First;
        for (var index = 0; index < layout.Count; index++)
        {
            period = index == 0 ? period : period.Next();
            var x = layout.X(index);
            if (labelled.Contains(index))
            {
                group.Add(Line("kpi-chart__tick", x, PlotBottom, x, PlotBottom + 5, 1));
                group.Add(Text(period.ToDisplayString(), x, PlotBottom + 19, "middle"));
            }
            else if (perPeriod >= 3)
            {
                group.Add(Line("kpi-chart__tick", x, PlotBottom, x, PlotBottom + 2.5, 0.5));
            }
        }

        return group;
    }

    /// <summary>The target or the baseline: a line across the plot, named in words in its right margin label.</summary>
    private static XElement Level(string className, Layout layout, decimal value, string dashes, string label)
    {
        var y = layout.Y(value);
        return new XElement(Svg + "g", new XAttribute("class", className),
            SvgKit.Title(label),
            Line($"{className}-line", layout.Left, y, layout.PlotRight, y, 1.5, dashes));
    }

    private XElement Series(Layout layout, int index)
    {
        var (name, points) = _series[index];
        var group = new XElement(Svg + "g",
            new XAttribute("class", $"kpi-chart__series kpi-chart__series--{index}"),
            string.IsNullOrEmpty(name) ? null : new XAttribute("data-series", name));
        var segment = new List<string>();
        void EndSegment()
        {
            if (segment.Count > 1)
            {
                group.Add(Polyline(segment, index));
            }

            segment.Clear();
        }

        for (var point = 0; point < points.Count; point++)
        {
            if (point > 0 && points[point - 1].Period.PeriodsUntil(points[point].Period) > 1)
            {
                EndSegment();
            }

            var (x, y) = (layout.X(layout.First.PeriodsUntil(points[point].Period)), layout.Y(points[point].Value));
            segment.Add($"{Number(x)},{Number(y)}");
        }

        EndSegment();
        foreach (var point in points)
        {
            group.Add(Point(layout, point, name, index));
        }

        var latest = points.Count == 0 ? null : points[^1];
        if (latest is not null && layout.First.PeriodsUntil(latest.Period) < layout.Count - 1)
        {
            // A series that ends before the others has its latest value labelled above its last point.
            var (x, y) = (layout.X(layout.First.PeriodsUntil(latest.Period)), layout.Y(latest.Value));
            group.Add(Halo(Bold(Text(LatestLabel(name, latest), x, y - 10, "middle"))));
        }

        return group;
    }

    private static XElement Polyline(List<string> segment, int index)
    {
        var line = new XElement(Svg + "polyline",
            new XAttribute("class", "kpi-chart__line"),
            new XAttribute("points", string.Join(' ', segment)),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", "currentColor"),
            new XAttribute("stroke-width", 2),
            new XAttribute("stroke-linejoin", "round"));
        if (Dashes[index % Dashes.Length] is { } dashes)
        {
            line.Add(new XAttribute("stroke-dasharray", dashes));
        }

        return line;
    }

    private XElement Point(Layout layout, KpiPoint point, string name, int index)
    {
        var text = $"{point.Period.ToDisplayString()}: {Value(point.Value)}";
        return new XElement(Svg + "g",
            new XAttribute("class", "kpi-chart__point"),
            new XAttribute("data-period", point.Period.ToString()),
            new XAttribute("data-value", point.Value.ToString("0.####", CultureInfo.InvariantCulture)),
            SvgKit.Title(string.IsNullOrEmpty(name) ? text : $"{name}, {text}"),
            Marker(index, layout.X(layout.First.PeriodsUntil(point.Period)), layout.Y(point.Value)));
    }

    /// <summary>A series' marker: circle, square, triangle or diamond, filled for the first four series and hollow for the next four.</summary>
    private static XElement Marker(int index, double x, double y)
    {
        const double Size = 4.5;
        var filled = index / 4 % 2 == 0;
        var shape = (index % 4) switch
        {
            0 => new XElement(Svg + "circle", new XAttribute("cx", Number(x)), new XAttribute("cy", Number(y)), new XAttribute("r", Number(Size))),
            1 => new XElement(Svg + "rect",
                new XAttribute("x", Number(x - Size)), new XAttribute("y", Number(y - Size)),
                new XAttribute("width", Number(2 * Size)), new XAttribute("height", Number(2 * Size))),
            2 => Polygon((x, y - Size - 1), (x + Size + 1, y + Size), (x - Size - 1, y + Size)),
            _ => Polygon((x, y - Size - 1), (x + Size + 1, y), (x, y + Size + 1), (x - Size - 1, y)),
        };
        shape.Add(
            new XAttribute("class", "kpi-chart__marker"),
            new XAttribute("fill", filled ? "currentColor" : "#ffffff"),
            new XAttribute("stroke", "currentColor"),
            new XAttribute("stroke-width", 1.5));
        return shape;
    }

    private static XElement Polygon(params (double X, double Y)[] corners) =>
        new(Svg + "polygon", new XAttribute("points", string.Join(' ', corners.Select(corner => $"{Number(corner.X)},{Number(corner.Y)}"))));

    /// <summary>
    /// The labels in the right margin, at the height of what they name: the target, the baseline and the latest value
    /// of every series that reaches the last period.
    /// </summary>
    private List<RightLabel> RightLabels(KpiValueAxis axis, int count, KpiPeriod first, double plotRight)
    {
        double Y(decimal value) => Layout.YOf(value, axis);
        var labels = new List<RightLabel>();
        if (_input.Target is { } target)
        {
            labels.Add(new RightLabel("kpi-chart__target-label", string.Format(_culture, _texts.Target, Value(target)), Y(target), plotRight, null, false));
        }

        if (_input.Baseline is { } baseline)
        {
            labels.Add(new RightLabel("kpi-chart__baseline-label", string.Format(_culture, _texts.Baseline, Value(baseline)), Y(baseline), plotRight, null, false));
        }

        var named = _input.HasNamedSeries;
        for (var index = 0; index < _series.Count; index++)
        {
            var (name, points) = _series[index];
            if (points.Count > 0 && first.PeriodsUntil(points[^1].Period) == count - 1)
            {
                labels.Add(new RightLabel("kpi-chart__latest", LatestLabel(name, points[^1]), Y(points[^1].Value), plotRight, named ? index : null, true));
            }
        }

        return labels;
    }

    private string LatestLabel(string name, KpiPoint latest) =>
        string.IsNullOrEmpty(name) ? Value(latest.Value) : $"{SvgKit.Shorten(name, 16)} {Value(latest.Value)}";

    /// <summary>Moves the right margin labels apart (in height order) so that none covers another.</summary>
    private static XElement Spread(List<RightLabel> labels)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "kpi-chart__labels"));
        var ordered = labels.OrderBy(label => label.Y).ToList();
        var ys = ordered.Select(label => label.Y).ToArray();
        for (var index = 1; index < ys.Length; index++)
        {
            ys[index] = Math.Max(ys[index], ys[index - 1] + LabelLine);
        }

        for (var index = ys.Length - 1; index >= 0; index--)
        {
            var lowest = index == ys.Length - 1 ? PlotBottom + 8 : ys[index + 1] - LabelLine;
            ys[index] = Math.Min(ys[index], lowest);
        }

        for (var index = 0; index < ordered.Count; index++)
        {
            var label = ordered[index];
            var x = label.PlotRight + 6;
            if (label.Series is { } series)
            {
                group.Add(Marker(series, x + 5, ys[index]));
                x += 13;
            }

            var text = Halo(Text(label.Text, x, ys[index] + 4));
            text.Add(new XAttribute("class", label.ClassName));
            group.Add(label.Bold ? Bold(text) : text);
        }

        return group;
    }

    private (XElement Legend, double Bottom) Legend(double y)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "kpi-chart__legend"));
        legend.Add(Bold(Text(_texts.Legend, 12, y + 4)));
        var x = 12 + TextWidth(_texts.Legend) + 10;
        for (var index = 0; index < _series.Count; index++)
        {
            var (name, points) = _series[index];
            var text = SvgKit.Shorten(string.IsNullOrEmpty(name) ? _input.Name : name, MaxNameLength)
                + (points.Count == 0 ? $" ({_texts.NoMeasurements})" : string.Empty);
            var width = 30 + TextWidth(text) + 14;
            if (x + width > Width - 12 && index > 0)
            {
                x = 12 + TextWidth(_texts.Legend) + 10;
                y += LegendRow;
            }

            var key = new XElement(Svg + "g", new XAttribute("class", $"kpi-chart__key kpi-chart__series--{index}"));
            key.Add(Polyline([$"{Number(x)},{Number(y)}", $"{Number(x + 24)},{Number(y)}"], index));
            key.Add(Marker(index, x + 12, y));
            key.Add(Text(text, x + 30, y + 4));
            legend.Add(key);
            x += width;
        }

        return (legend, y + 10);
    }

    private static XElement Bold(XElement text)
    {
        text.Add(new XAttribute("font-weight", "bold"));
        return text;
    }

    private string Value(decimal value) => KpiValueText.WithUnit(value, _input.Unit, _culture);

    private sealed record RightLabel(string ClassName, string Text, double Y, double PlotRight, int? Series, bool Bold)
    {
        public double Width => TextWidth(Text) + (Series is null ? 0 : 13);
    }

    private sealed record Layout(double Left, double Right, KpiPeriod First, int Count, KpiValueAxis Axis)
    {
        public double PlotRight => Width - Right;

        public static double YOf(decimal value, KpiValueAxis axis) =>
            PlotBottom - ((double)((value - axis.Min) / (axis.Max - axis.Min)) * PlotHeight);

        public double Y(decimal value) => YOf(value, Axis);

        public double X(int index) =>
            Count == 1 ? (Left + PlotRight) / 2 : Left + Inset + (index * (PlotRight - Left - (2 * Inset)) / (Count - 1));
    }
}
