using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Web.Charts;
using static PracticeNetwork.Web.Charts.SvgKit;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;

/// <summary>
/// A process's steps as a swimlane diagram (an SVG picture laid out by <see cref="ProcessLayout"/>, as the BPMN
/// export is) and as the ordered list of the same steps. The picture reads on paper and in grey: events are circles
/// (the end a thick one), steps rounded boxes, a bottlenecked step has a thick dashed outline and "⚠", all explained by
/// a legend in words; every mark has its full text in a <c>title</c>, the picture a <c>title</c> and <c>desc</c> for
/// <c>role="img"</c>. Built with XML objects, so whatever people wrote is escaped. Pure: the words and the culture
/// come in as inputs.
/// </summary>
public sealed class SwimlaneDiagram
{
    public const string BottleneckSymbol = "⚠";

    /// <summary>Characters on a line of a step's name; a name takes at most two lines, the rest is cut with "…".</summary>
    public const int StepLineLength = 17;

    private const int MetaLineLength = 21;
    private const int EventLineLength = 15;
    private const int LaneLineLength = 15;
    private const double LineHeight = 15;

    private readonly ProcessDiagramInput _input;
    private readonly SwimlaneTexts _texts;
    private readonly CultureInfo _culture;
    private readonly ProcessLayout _layout;

    private SwimlaneDiagram(ProcessDiagramInput input, SwimlaneTexts texts, CultureInfo culture, string id)
    {
        _input = input;
        _texts = texts;
        _culture = culture;
        _layout = ProcessLayout.Of(input);
        Id = id;
        Lanes = input.Lanes();
        Steps =
        [
            .. input.Steps.Select((step, index) => new SwimlaneStep(
                index + 1, step.Id, step.Name, step.Description, step.Lane, Blank(step.System), Blank(step.TypicalDuration), input.BottlenecksAt(step.Id))),
        ];
        Markup = Picture().ToString(SaveOptions.DisableFormatting);
    }

    public string Id { get; }

    public string Name => _input.Name;

    public string StartEvent => _input.StartEvent;

    public string EndEvent => _input.EndEvent;

    /// <summary>The roles in the order they first appear: the lanes from top to bottom.</summary>
    public IReadOnlyList<string> Lanes { get; }

    /// <summary>The steps in order, as the list beside the picture gives them.</summary>
    public IReadOnlyList<SwimlaneStep> Steps { get; }

    /// <summary>The SVG element, ready to be written into the page as it is.</summary>
    public string Markup { get; }

    public bool IsEmpty => Steps.Count == 0;

    /// <param name="id">A prefix for the ids in the picture, unique on the page.</param>
    public static SwimlaneDiagram Build(ProcessDiagramInput input, SwimlaneTexts texts, CultureInfo culture, string id = "prosessikaavio")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new SwimlaneDiagram(input, texts, culture, id);
    }

    /// <summary>A step's full text: its number, name, role, system, duration and bottlenecks.</summary>
    public string Details(SwimlaneStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var parts = new List<string> { $"{step.Order.ToString(_culture)}. {step.Name}", $"{_texts.Lane}: {step.Lane}" };
        if (step.System is { } system)
        {
            parts.Add($"{_texts.System}: {system}");
        }

        if (step.Duration is { } duration)
        {
            parts.Add($"{_texts.Duration}: {duration}");
        }

        parts.AddRange(step.Bottlenecks.Select(bottleneck => $"{BottleneckSymbol} {_texts.Bottleneck}: {bottleneck}"));
        return string.Join(" – ", parts);
    }

    private XElement Picture()
    {
        var legendY = _layout.Pool.Bottom + 26;
        var legend = Legend(legendY, out var legendWidth);
        var width = Math.Max(_layout.Width, ProcessLayout.Margin + legendWidth + ProcessLayout.Margin);
        var picture = SvgKit.Root(Id, "swimlane", width, legendY + 20, string.Format(_culture, _texts.Title, _input.Name), Describe());
        picture.Add(Pool());
        picture.Add(_layout.Lanes.Select(Lane));

        // The flows go under the nodes, so that a node covers the ends of its arrows' lines.
        picture.Add(new XElement(Svg + "g", new XAttribute("class", "swimlane__flows"), _layout.Flows.Select(Flow)));
        picture.Add(Event(_layout.Start, _texts.StartEvent, _input.StartEvent));
        picture.Add(_layout.Steps.Select(node => Step(node, Steps[node.Order - 1])));
        picture.Add(Event(_layout.End, _texts.EndEvent, _input.EndEvent));
        picture.Add(legend);
        return picture;
    }

    private string Describe() =>
        string.Format(_culture, _texts.Description, Steps.Count, Lanes.Count, Steps.Count(step => step.IsBottleneck), _input.StartEvent, _input.EndEvent);

    private XElement Pool()
    {
        var pool = _layout.Pool;
        var x = pool.X + (ProcessLayout.PoolHeaderWidth / 2) + 4;
        var y = pool.CenterY;
        return new XElement(Svg + "g", new XAttribute("class", "swimlane__pool"),
            Title(_input.Name),
            Rect(pool, "#ffffff", 1.5),
            Line("swimlane__pool-header", pool.X + ProcessLayout.PoolHeaderWidth, pool.Y, pool.X + ProcessLayout.PoolHeaderWidth, pool.Bottom, 1.5),
            new XElement(Svg + "text",
                new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("text-anchor", "middle"),
                new XAttribute("transform", $"rotate(-90 {Number(x)} {Number(y)})"),
                new XAttribute("fill", "currentColor"), new XAttribute("font-weight", "bold"),
                SvgKit.Shorten(_input.Name.Trim(), (int)((pool.Height - 16) / 7))));
    }

    private XElement Lane(LayoutLane lane, int index)
    {
        var bounds = lane.Bounds;
        var lines = LabelLines.Wrap(lane.Name, LaneLineLength, 3);
        var top = bounds.CenterY - ((lines.Count - 1) * LineHeight / 2) + 4;
        return new XElement(Svg + "g",
            new XAttribute("class", "swimlane__lane"),
            new XAttribute("data-lane", index),
            Title($"{_texts.Lane}: {lane.Name}"),
            Rect(bounds, "none", 1),
            Line("swimlane__lane-header", bounds.X + ProcessLayout.LaneHeaderWidth, bounds.Y, bounds.X + ProcessLayout.LaneHeaderWidth, bounds.Bottom, 0.75, dashed: "2 3"),
            lines.Select((line, row) => Bold(Text(line, bounds.X + 10, top + (row * LineHeight)))));
    }

    private XElement Flow(LayoutFlow flow)
    {
        var from = _layout.Nodes[flow.From];
        var to = _layout.Nodes[flow.To];
        var end = flow.Waypoints[^1];
        return new XElement(Svg + "g",
            new XAttribute("class", "swimlane__flow"),
            new XAttribute("data-from", NodeKey(from)),
            new XAttribute("data-to", NodeKey(to)),
            Title($"{NodeName(from)} → {NodeName(to)}"),
            new XElement(Svg + "polyline",
                new XAttribute("points", string.Join(' ', flow.Waypoints.Select(point => $"{Number(point.X)},{Number(point.Y)}"))),
                new XAttribute("fill", "none"), new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", 1.5)),
            Arrowhead(end.X, end.Y));
    }

    private static XElement Event(LayoutNode node, string kind, string name)
    {
        var isEnd = node.Kind == LayoutNodeKind.End;
        var label = ProcessLayout.EventLabel(node.Bounds);
        return new XElement(Svg + "g",
            new XAttribute("class", $"swimlane__event swimlane__event--{(isEnd ? "end" : "start")}"),
            new XAttribute("data-node", NodeKey(node)),
            Title($"{kind}: {name}"),
            Circle(node.Bounds.CenterX, node.Bounds.CenterY, ProcessLayout.EventSize / 2, isEnd ? 4 : 1.5),
            LabelLines.Wrap(name, EventLineLength, 2)
                .Select((line, row) => Halo(Text(line, label.CenterX, label.Y + 11 + (row * 14), "middle"))));
    }

    private XElement Step(LayoutNode node, SwimlaneStep step)
    {
        var box = node.Bounds;
        var meta = string.Join(" · ", new[] { step.System, step.Duration }.OfType<string>());
        var lines = LabelLines.Wrap(step.Name, StepLineLength, 2);
        var first = meta.Length == 0
            ? box.CenterY + 4 - ((lines.Count - 1) * LineHeight / 2)
            : box.Y + (lines.Count == 1 ? 36 : 29);
        var group = new XElement(Svg + "g",
            new XAttribute("class", step.IsBottleneck ? "swimlane__step swimlane__step--bottleneck" : "swimlane__step"),
            new XAttribute("data-step", step.Id),
            new XAttribute("data-order", step.Order),
            new XAttribute("data-lane", node.Lane),
            Title(Details(step)),
            StepBox(box, step.IsBottleneck),
            Small(Text(step.Order.ToString(_culture), box.X + 7, box.Y + 14)),
            lines.Select((line, row) => Text(line, box.CenterX, first + (row * LineHeight), "middle")));
        if (meta.Length > 0)
        {
            group.Add(Small(Text(SvgKit.Shorten(meta, MetaLineLength), box.CenterX, box.Bottom - 10, "middle")));
        }

        if (step.IsBottleneck)
        {
            group.Add(Bold(Text(BottleneckSymbol, box.Right - 7, box.Y + 15, "end")));
        }

        return group;
    }

    private XElement Legend(double y, out double width)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "swimlane__legend"));
        var x = ProcessLayout.Margin;
        legend.Add(Bold(Text(_texts.Legend, x, y + 4)));
        x += TextWidth(_texts.Legend) + 14;

        void Key(XElement shape, double shapeWidth, string words)
        {
            legend.Add(shape);
            legend.Add(Text(words, x + shapeWidth + 6, y + 4));
            x += shapeWidth + 6 + TextWidth(words) + 18;
        }

        Key(Circle(x + 8, y, 8, 1.5), 16, _texts.StartEvent);
        Key(Circle(x + 8, y, 8, 3.5), 16, _texts.EndEvent);
        Key(StepBox(new LayoutBox(x, y - 8, 26, 16), bottleneck: false), 26, _texts.Step);
        if (Steps.Any(step => step.IsBottleneck))
        {
            Key(StepBox(new LayoutBox(x, y - 8, 26, 16), bottleneck: true), 26, $"{BottleneckSymbol} {_texts.Bottleneck}");
        }

        width = x - ProcessLayout.Margin;
        return legend;
    }

    private static XElement StepBox(LayoutBox box, bool bottleneck)
    {
        var rect = Rect(box, "#ffffff", bottleneck ? 3 : 1.5);
        rect.Add(new XAttribute("rx", 10));
        if (bottleneck)
        {
            rect.Add(new XAttribute("stroke-dasharray", "7 4"));
        }

        return rect;
    }

    private static XElement Rect(LayoutBox box, string fill, double strokeWidth) =>
        new(Svg + "rect",
            new XAttribute("x", Number(box.X)), new XAttribute("y", Number(box.Y)),
            new XAttribute("width", Number(box.Width)), new XAttribute("height", Number(box.Height)),
            new XAttribute("fill", fill), new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", Number(strokeWidth)));

    private static XElement Circle(double cx, double cy, double r, double strokeWidth) =>
        new(Svg + "circle",
            new XAttribute("cx", Number(cx)), new XAttribute("cy", Number(cy)), new XAttribute("r", Number(r)),
            new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", Number(strokeWidth)));

    /// <summary>An arrowhead pointing right with its tip at (x, y): every flow ends going right, into its target's left side.</summary>
    private static XElement Arrowhead(double x, double y) =>
        new(Svg + "polygon",
            new XAttribute("points", $"{Number(x)},{Number(y)} {Number(x - 9)},{Number(y - 5)} {Number(x - 9)},{Number(y + 5)}"),
            new XAttribute("fill", "currentColor"));

    private static XElement Bold(XElement text)
    {
        text.Add(new XAttribute("font-weight", "bold"));
        return text;
    }

    private static XElement Small(XElement text)
    {
        text.Add(new XAttribute("font-size", 10.5));
        return text;
    }

    private static string NodeKey(LayoutNode node) => node.Kind switch
    {
        LayoutNodeKind.Start => "start",
        LayoutNodeKind.End => "end",
        _ => node.Step!.Id.ToString(),
    };

    private string NodeName(LayoutNode node) => node.Kind switch
    {
        LayoutNodeKind.Start => _input.StartEvent,
        LayoutNodeKind.End => _input.EndEvent,
        _ => $"{node.Order.ToString(_culture)}. {node.Step!.Name}",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
