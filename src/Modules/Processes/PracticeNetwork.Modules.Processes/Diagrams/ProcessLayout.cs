using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Diagrams;

/// <summary>A rectangle in diagram coordinates (pixels, y down), as both the SVG and BPMN diagram interchange use them.</summary>
public readonly record struct LayoutBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);
}

public readonly record struct LayoutPoint(double X, double Y);

public enum LayoutNodeKind
{
    Start,
    Step,
    End,
}

/// <summary>
/// A node of the flow: the start event, a step or the end event. <paramref name="Lane"/> is the index of its lane in
/// <see cref="ProcessLayout.Lanes"/> (-1 when the process has no steps and so no lanes); <paramref name="Step"/> is set
/// for steps, <paramref name="Order"/> is the step's number from 1 (0 for the events).
/// </summary>
public sealed record LayoutNode(LayoutNodeKind Kind, ProcessStep? Step, int Order, int Lane, LayoutBox Bounds);

/// <summary>One lane: the role's name, its band across the pool, and the nodes in it (indexes into <see cref="ProcessLayout.Nodes"/>).</summary>
public sealed record LayoutLane(string Name, LayoutBox Bounds, IReadOnlyList<int> Nodes);

/// <summary>A sequence flow from node <paramref name="From"/> to node <paramref name="To"/>, as a right-angled path.</summary>
public sealed record LayoutFlow(int From, int To, IReadOnlyList<LayoutPoint> Waypoints);

/// <summary>
/// Where everything of a process goes, computed once for the swimlane diagram and the BPMN export so that the two
/// always agree. One pool with a narrow band for the process's name; one horizontal lane per role in the order the
/// roles first appear, each with a header for its name; the start event, one column per step in order left to right
/// (each step in its role's lane), the end event; a flow between each two consecutive nodes, turning at right angles
/// in the gap between their columns when it changes lanes. The events sit in the lane of the first and last step.
/// </summary>
public sealed class ProcessLayout
{
    public const double Margin = 12;

    /// <summary>The pool's own band at its left, where the process's name runs vertically.</summary>
    public const double PoolHeaderWidth = 30;

    /// <summary>The head of each lane, where the role's name is written.</summary>
    public const double LaneHeaderWidth = 130;

    public const double LaneHeight = 124;
    public const double TaskWidth = 132;
    public const double TaskHeight = 76;
    public const double EventSize = 36;

    /// <summary>The space between two columns, which the flow arrows cross.</summary>
    public const double ColumnGap = 40;

    /// <summary>The width of an event's name under its circle.</summary>
    public const double EventLabelWidth = 104;

    public const double EventLabelHeight = 32;

    private ProcessLayout(LayoutBox pool, IReadOnlyList<LayoutLane> lanes, IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutFlow> flows)
    {
        Pool = pool;
        Lanes = lanes;
        Nodes = nodes;
        Flows = flows;
    }

    public LayoutBox Pool { get; }

    public IReadOnlyList<LayoutLane> Lanes { get; }

    /// <summary>The start event, the steps in order, the end event.</summary>
    public IReadOnlyList<LayoutNode> Nodes { get; }

    /// <summary>One flow between each two consecutive nodes: as many as the steps, plus one.</summary>
    public IReadOnlyList<LayoutFlow> Flows { get; }

    public LayoutNode Start => Nodes[0];

    public LayoutNode End => Nodes[^1];

    public IEnumerable<LayoutNode> Steps => Nodes.Where(node => node.Kind == LayoutNodeKind.Step);

    /// <summary>The width and height of everything, margins included.</summary>
    public double Width => Pool.Right + Margin;

    public double Height => Pool.Bottom + Margin;

    /// <summary>Where an event's name goes: under its circle, centred.</summary>
    public static LayoutBox EventLabel(LayoutBox circle) =>
        new(circle.CenterX - (EventLabelWidth / 2), circle.Bottom + 4, EventLabelWidth, EventLabelHeight);

    public static ProcessLayout Of(ProcessDiagramInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var laneNames = input.Lanes();
        var laneCount = Math.Max(1, laneNames.Count);
        var laneX = Margin + PoolHeaderWidth;
        var contentX = laneX + LaneHeaderWidth;
        double LaneTop(int lane) => Margin + (Math.Max(0, lane) * LaneHeight);

        var nodes = new List<LayoutNode>();
        var firstLane = input.Steps.Count == 0 ? -1 : 0;
        var startX = contentX + (EventLabelWidth / 2) + 4 - (EventSize / 2);
        nodes.Add(new LayoutNode(LayoutNodeKind.Start, null, 0, firstLane, EventBox(startX, LaneTop(firstLane))));
        var nextX = nodes[0].Bounds.Right + ColumnGap;
        for (var index = 0; index < input.Steps.Count; index++)
        {
            var step = input.Steps[index];
            var lane = IndexOf(laneNames, step.Lane);
            var top = LaneTop(lane) + ((LaneHeight - TaskHeight) / 2);
            nodes.Add(new LayoutNode(LayoutNodeKind.Step, step, index + 1, lane, new LayoutBox(nextX, top, TaskWidth, TaskHeight)));
            nextX += TaskWidth + ColumnGap;
        }

        // Two events side by side need room for their names under them.
        var endX = input.Steps.Count == 0 ? nextX + ColumnGap : nextX;
        var lastLane = nodes[^1].Lane;
        nodes.Add(new LayoutNode(LayoutNodeKind.End, null, 0, lastLane, EventBox(endX, LaneTop(lastLane))));

        var poolRight = nodes[^1].Bounds.CenterX + (EventLabelWidth / 2) + 8;
        var pool = new LayoutBox(Margin, Margin, poolRight - Margin, laneCount * LaneHeight);
        var lanes = laneNames
            .Select((name, lane) => new LayoutLane(
                name,
                new LayoutBox(laneX, LaneTop(lane), pool.Right - laneX, LaneHeight),
                [.. nodes.Select((node, index) => (node, index)).Where(pair => pair.node.Lane == lane).Select(pair => pair.index)]))
            .ToList();
        var flows = Enumerable.Range(0, nodes.Count - 1)
            .Select(index => new LayoutFlow(index, index + 1, Path(nodes[index].Bounds, nodes[index + 1].Bounds)))
            .ToList();
        return new ProcessLayout(pool, lanes, nodes, flows);
    }

    private static LayoutBox EventBox(double x, double laneTop) =>
        new(x, laneTop + (LaneHeight / 2) - (EventSize / 2), EventSize, EventSize);

    private static int IndexOf(IReadOnlyList<string> lanes, string lane)
    {
        for (var index = 0; index < lanes.Count; index++)
        {
            if (string.Equals(lanes[index], lane, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>From the middle of the source's right side to the middle of the target's left side, turning halfway between them.</summary>
    private static List<LayoutPoint> Path(LayoutBox source, LayoutBox target)
    {
        var from = new LayoutPoint(source.Right, source.CenterY);
        var to = new LayoutPoint(target.X, target.CenterY);
        if (Math.Abs(from.Y - to.Y) < 0.01)
        {
            return [from, to];
        }

        var turn = (from.X + to.X) / 2;
        return [from, new LayoutPoint(turn, from.Y), new LayoutPoint(turn, to.Y), to];
    }
}
