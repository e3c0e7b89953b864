using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Web.Charts;
using static PracticeNetwork.Web.Charts.SvgKit;

namespace PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;

/// <summary>
/// A project's timeline as an SVG picture on a dated axis and as the list of the same entries in date order. The
/// picture reads on paper and in grey: a milestone's state is its shape (filled, hollow, dashed) and a symbol in its
/// label (✓, !), explained by a legend in words; every mark has its full text in a <c>title</c>, the picture a
/// <c>title</c> and <c>desc</c> for <c>role="img"</c>. Built with XML objects, so whatever people wrote is escaped
/// and the markup is always well formed. Pure: today and the culture come in as inputs.
/// </summary>
public sealed class ProjectTimeline
{
    public const double Width = 960;

    /// <summary>Labels longer than this are cut with "…" in the picture; the full title is in the mark's title and the list.</summary>
    public const int MaxLabelLength = 32;

    private const double Left = 24;
    private const double Right = 24;
    private const double Top = 26;
    private const double LaneHeight = 18;
    private const int MaxLanes = 6;

    /// <summary>Months between ticks on the axis, the smallest that leaves at most eight ticks.</summary>
    private static readonly MilestoneState[] LegendStates = [MilestoneState.Done, MilestoneState.Upcoming, MilestoneState.Overdue];

    private static readonly int[] TickSteps = [1, 2, 3, 6, 12, 24, 60, 120];

    private readonly CultureInfo _culture;
    private readonly TimelineTexts _texts;
    private readonly DateOnly _from;
    private readonly DateOnly _to;

    private ProjectTimeline(TimelineInput input, TimelineTexts texts, CultureInfo culture, string id)
    {
        _culture = culture;
        _texts = texts;
        Entries = EntriesOf(input, texts, culture);
        var dates = ContentDates(input).ToList();
        if (dates.Count == 0)
        {
            Markup = EmptyPicture(id).ToString(SaveOptions.DisableFormatting);
            return;
        }

        var (first, last) = (dates.Min(), dates.Max());
        var pad = Math.Max(3, (last.DayNumber - first.DayNumber) / 25);
        if (first == last)
        {
            pad = 15;
        }

        _from = first.AddDays(-pad);
        _to = last.AddDays(pad);
        First = first;
        Last = last;
        Markup = Picture(input, id, first, last).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The milestones (by due date) and updates in date order, milestones first on the same day.</summary>
    public IReadOnlyList<TimelineEntry> Entries { get; }

    /// <summary>The SVG element, ready to be written into the page as it is.</summary>
    public string Markup { get; }

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>The first and last date the timeline holds (the project's start and end included), if any.</summary>
    public DateOnly? First { get; }

    public DateOnly? Last { get; }

    /// <param name="id">A prefix for the ids in the picture, unique on the page.</param>
    public static ProjectTimeline Build(TimelineInput input, TimelineTexts texts, CultureInfo culture, string id = "aikajana")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ProjectTimeline(input, texts, culture, id);
    }

    /// <summary>A label as the picture shows it: cut at <see cref="MaxLabelLength"/> characters (whole characters, not halves of one).</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SvgKit.Shorten(text.Trim(), MaxLabelLength);
    }

    public string StateText(MilestoneState state) => state switch
    {
        MilestoneState.Done => _texts.Done,
        MilestoneState.Overdue => _texts.Overdue,
        _ => _texts.Upcoming,
    };

    private static List<TimelineEntry> EntriesOf(TimelineInput input, TimelineTexts texts, CultureInfo culture) =>
    [
        .. input.Milestones
            .Select(milestone => new TimelineEntry(
                milestone.DueDate, TimelineEntryKind.Milestone, milestone.Id, milestone.Title, milestone.State, milestone.DoneOn, milestone.Responsible))
            .Concat(input.Updates.Select(update => new TimelineEntry(
                update.PostedOn, TimelineEntryKind.Update, update.Id, texts.Update, null, null,
                string.Format(culture, texts.UpdateBy, update.Municipality, update.Author))))
            .OrderBy(entry => entry.Date)
            .ThenBy(entry => entry.Kind)
            .ThenBy(entry => entry.Title, StringComparer.Create(culture, ignoreCase: true)),
    ];

    private static IEnumerable<DateOnly> ContentDates(TimelineInput input)
    {
        foreach (var milestone in input.Milestones)
        {
            yield return milestone.DueDate;
            if (milestone.DoneOn is { } done)
            {
                yield return done;
            }
        }

        foreach (var update in input.Updates)
        {
            yield return update.PostedOn;
        }

        if (input.Start is { } start)
        {
            yield return start;
        }

        if (input.End is { } end)
        {
            yield return end;
        }
    }

    private XElement EmptyPicture(string id) =>
        Root(id, 48, _texts.Empty,
            new XElement(Svg + "text", new XAttribute("x", Number(Left)), new XAttribute("y", 28), _texts.Empty));

    private XElement Picture(TimelineInput input, string id, DateOnly first, DateOnly last)
    {
        var milestones = input.Milestones.OrderBy(milestone => milestone.DueDate).ThenBy(milestone => milestone.Title, StringComparer.Ordinal).ToList();
        var updates = input.Updates.OrderBy(update => update.PostedOn).ThenBy(update => update.Id).ToList();
        var milestoneLabels = Place(milestones.Select(milestone => (X(milestone.DueDate), MilestoneLabel(milestone))));
        var updateLabels = Place(updates.Select(update => (X(update.PostedOn), Shorten(update.Municipality))));
        var milestoneLanes = milestoneLabels.Count == 0 ? 0 : milestoneLabels.Max(label => label.Lane) + 1;
        var updateLanes = updateLabels.Count == 0 ? 0 : updateLabels.Max(label => label.Lane) + 1;

        var axis = Top + (milestoneLanes == 0 ? 0 : (milestoneLanes * LaneHeight) + 14) + 12;
        var updateTop = axis + 42;
        var legend = (updateLanes == 0 ? axis + 20 : updateTop + ((updateLanes - 1) * LaneHeight)) + 32;
        var height = legend + 14;

        var picture = Root(id, height, Describe(input, first, last));
        picture.Add(Ticks(axis));
        picture.Add(Line("timeline__axis", Left, axis, Width - Right, axis, 1.5));
        if (input.Start is not null || input.End is not null)
        {
            var duration = Line("timeline__duration", X(input.Start ?? _from), axis, X(input.End ?? _to), axis, 6);
            duration.AddFirst(new XElement(Svg + "title", DurationText(input)));
            picture.Add(duration);
        }

        if (input.Today >= first && input.Today <= last)
        {
            picture.Add(Today(input.Today, height));
        }

        // The lines from marks to labels go first, under every mark and label (the labels have a white halo).
        var leaders = new XElement(Svg + "g", new XAttribute("class", "timeline__leaders"));
        for (var index = 0; index < milestones.Count; index++)
        {
            var x = X(milestones[index].DueDate);
            leaders.Add(Line("timeline__leader", x, axis - 8, x, MilestoneLaneY(axis, milestoneLabels[index].Lane) + 4, 1));
        }

        for (var index = 0; index < updates.Count; index++)
        {
            var x = X(updates[index].PostedOn);
            leaders.Add(Line("timeline__leader", x, axis + 6, x, updateTop + (updateLabels[index].Lane * LaneHeight) - 11, 1));
        }

        picture.Add(leaders);
        for (var index = 0; index < milestones.Count; index++)
        {
            picture.Add(Milestone(milestones[index], milestoneLabels[index], axis));
        }

        for (var index = 0; index < updates.Count; index++)
        {
            picture.Add(Update(updates[index], updateLabels[index], axis, updateTop));
        }

        picture.Add(Legend(legend, input.Start is not null || input.End is not null));
        return picture;
    }

    private XElement Root(string id, double height, string description, params object[] content) =>
        SvgKit.Root(id, "timeline", Width, height, _texts.Title, description, content);

    private string Describe(TimelineInput input, DateOnly first, DateOnly last) =>
        string.Format(_culture, _texts.Description,
            input.Milestones.Count,
            input.Milestones.Count(milestone => milestone.State == MilestoneState.Done),
            input.Milestones.Count(milestone => milestone.State == MilestoneState.Overdue),
            input.Updates.Count,
            Date(first),
            Date(last));

    private string DurationText(TimelineInput input) =>
        $"{_texts.Duration}: {(input.Start is { } start ? Date(start) : "…")}–{(input.End is { } end ? Date(end) : "…")}";

    private XElement Milestone(TimelineMilestone milestone, Label label, double axis)
    {
        var x = X(milestone.DueDate);
        var state = milestone.State;
        var laneY = MilestoneLaneY(axis, label.Lane);
        var details = $"{milestone.Title} – {StateText(state)}, {Date(milestone.DueDate)}"
            + (milestone.DoneOn is { } doneOn ? $" ({string.Format(_culture, _texts.DoneOn, Date(doneOn))})" : string.Empty)
            + $" – {milestone.Responsible}";
        var group = new XElement(Svg + "g",
            new XAttribute("class", $"timeline__milestone timeline__milestone--{state.ToString().ToLowerInvariant()}"),
            new XAttribute("data-entry", $"virstanpylvas-{milestone.Id}"),
            new XAttribute("data-date", milestone.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute("transform", $"translate({Number(x)},0)"),
            new XElement(Svg + "title", details));
        if (milestone.DoneOn is { } done && done != milestone.DueDate)
        {
            // Done on another day than planned: a dotted line along the axis to the day it was done, with a tick there.
            var doneX = X(done) - x;
            group.Add(Line("timeline__done-late", 0, axis - 11, doneX, axis - 11, 1, dashed: "1 3"));
            group.Add(Line("timeline__done-at", doneX, axis - 15, doneX, axis - 7, 1.5));
        }

        group.Add(Diamond(axis, state));
        group.Add(Text(label, laneY, x));
        return group;
    }

    private XElement Update(TimelineUpdate update, Label label, double axis, double updateTop)
    {
        var x = X(update.PostedOn);
        var laneY = updateTop + (label.Lane * LaneHeight);
        return new XElement(Svg + "g",
            new XAttribute("class", "timeline__update"),
            new XAttribute("data-entry", $"paivitys-{update.Id}"),
            new XAttribute("data-date", update.PostedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute("transform", $"translate({Number(x)},0)"),
            new XElement(Svg + "title", $"{_texts.Update} {Date(update.PostedOn)}: {string.Format(_culture, _texts.UpdateBy, update.Municipality, update.Author)}"),
            new XElement(Svg + "circle",
                new XAttribute("cx", 0), new XAttribute("cy", Number(axis)), new XAttribute("r", 5),
                new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", 2)),
            Text(label, laneY, x));
    }

    private static double MilestoneLaneY(double axis, int lane) => axis - 26 - (lane * LaneHeight);

    private static XElement Diamond(double y, MilestoneState state)
    {
        const double Size = 7;
        var points = $"0,{Number(y - Size)} {Number(Size)},{Number(y)} 0,{Number(y + Size)} {Number(-Size)},{Number(y)}";
        var diamond = new XElement(Svg + "polygon",
            new XAttribute("points", points),
            new XAttribute("fill", state == MilestoneState.Done ? "currentColor" : "#ffffff"),
            new XAttribute("stroke", "currentColor"),
            new XAttribute("stroke-width", state == MilestoneState.Overdue ? 2.5 : 1.5));
        if (state == MilestoneState.Overdue)
        {
            diamond.Add(new XAttribute("stroke-dasharray", "3 2"));
        }

        return diamond;
    }

    /// <summary>A label at its lane: starting at the mark, or ending at it near the right edge; relative to the mark's x.</summary>
    private static XElement Text(Label label, double y, double x) =>
        SvgKit.Halo(new XElement(Svg + "text",
            new XAttribute("x", Number(label.Start - x)),
            new XAttribute("y", Number(y)),
            new XAttribute("fill", "currentColor"),
            label.Text));

    private XElement Today(DateOnly today, double height)
    {
        var x = X(today);
        return new XElement(Svg + "g",
            new XAttribute("class", "timeline__today"),
            new XElement(Svg + "title", $"{_texts.Today} {Date(today)}"),
            Line("timeline__today-line", x, 16, x, height - 40, 1.5, dashed: "6 4"),
            SvgKit.Halo(new XElement(Svg + "text",
                new XAttribute("x", Number(x)), new XAttribute("y", 12), new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", "currentColor"), new XAttribute("font-weight", "bold"), _texts.Today)));
    }

    private XElement Ticks(double axis)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "timeline__ticks"), new XAttribute("aria-hidden", "true"));
        foreach (var (date, text) in TickDates())
        {
            var x = X(date);
            group.Add(Line("timeline__tick", x, axis - 4, x, axis + 4, 1));
            group.Add(SvgKit.Halo(new XElement(Svg + "text",
                new XAttribute("x", Number(x)), new XAttribute("y", Number(axis + 20)), new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", "currentColor"), new XAttribute("font-size", 11), text)));
        }

        return group;
    }

    /// <summary>Month starts, every 1, 2, 3 or 6 months or every 1, 2, 5 or 10 years: at most eight on the axis.</summary>
    private List<(DateOnly Date, string Text)> TickDates()
    {
        var months = ((_to.Year - _from.Year) * 12) + _to.Month - _from.Month;
        var step = TickSteps.FirstOrDefault(candidate => months / candidate <= 8, 240);
        var ticks = new List<(DateOnly, string)>();
        for (var month = new DateOnly(_from.Year, _from.Month, 1).AddMonths(1); month <= _to; month = month.AddMonths(1))
        {
            var counted = (month.Year * 12) + month.Month - 1;
            if (step < 12 ? counted % step == 0 : month.Month == 1 && month.Year % (step / 12) == 0)
            {
                ticks.Add((month, step < 12 ? month.ToString("MMM yyyy", _culture) : month.Year.ToString(_culture)));
            }
        }

        if (ticks.Count == 0)
        {
            var middle = _from.AddDays((_to.DayNumber - _from.DayNumber) / 2);
            ticks.Add((middle, Date(middle)));
        }

        return ticks;
    }

    private XElement Legend(double y, bool hasDuration)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "timeline__legend"));
        var x = Left;
        legend.Add(new XElement(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Number(y + 4)), new XAttribute("fill", "currentColor"),
            new XAttribute("font-weight", "bold"), _texts.Legend));
        x += TextWidth(_texts.Legend) + 14;
        foreach (var state in LegendStates)
        {
            var key = new XElement(Svg + "g", new XAttribute("transform", $"translate({Number(x + 7)},0)"),
                new XAttribute("class", $"timeline__milestone timeline__milestone--{state.ToString().ToLowerInvariant()}"), Diamond(y, state));
            legend.Add(key);
            var text = SymbolOf(state) + StateText(state);
            legend.Add(new XElement(Svg + "text", new XAttribute("x", Number(x + 20)), new XAttribute("y", Number(y + 4)), new XAttribute("fill", "currentColor"), text));
            x += 20 + TextWidth(text) + 18;
        }

        legend.Add(new XElement(Svg + "circle", new XAttribute("cx", Number(x + 5)), new XAttribute("cy", Number(y)), new XAttribute("r", 5),
            new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", 2)));
        legend.Add(new XElement(Svg + "text", new XAttribute("x", Number(x + 16)), new XAttribute("y", Number(y + 4)), new XAttribute("fill", "currentColor"), _texts.Update));
        x += 16 + TextWidth(_texts.Update) + 18;
        if (hasDuration)
        {
            legend.Add(Line("timeline__duration", x, y, x + 22, y, 6));
            legend.Add(new XElement(Svg + "text", new XAttribute("x", Number(x + 28)), new XAttribute("y", Number(y + 4)), new XAttribute("fill", "currentColor"), _texts.Duration));
        }

        return legend;
    }

    private static string SymbolOf(MilestoneState state) => state switch
    {
        MilestoneState.Done => "✓ ",
        MilestoneState.Overdue => "! ",
        _ => string.Empty,
    };

    private static string MilestoneLabel(TimelineMilestone milestone) => SymbolOf(milestone.State) + Shorten(milestone.Title);

    /// <summary>
    /// Puts each label (in x order) on the lane nearest the axis where it does not run into the one before it; with
    /// every lane taken, on the lane that frees up first.
    /// </summary>
    private static List<Label> Place(IEnumerable<(double X, string Text)> marks)
    {
        var laneEnds = new List<double>();
        var labels = new List<Label>();
        foreach (var (x, text) in marks)
        {
            var width = TextWidth(text);
            var start = x + width > Width - Right ? x - width : Math.Max(Left / 2, x - 4);
            var lane = laneEnds.FindIndex(end => end + 8 <= start);
            if (lane < 0 && laneEnds.Count < MaxLanes)
            {
                laneEnds.Add(double.MinValue);
                lane = laneEnds.Count - 1;
            }
            else if (lane < 0)
            {
                lane = laneEnds.IndexOf(laneEnds.Min());
            }

            laneEnds[lane] = start + width;
            labels.Add(new Label(text, start, lane));
        }

        return labels;
    }

    private double X(DateOnly date) =>
        Left + ((date.DayNumber - _from.DayNumber) / (double)Math.Max(1, _to.DayNumber - _from.DayNumber) * (Width - Left - Right));

    private string Date(DateOnly date) => date.ToString("d", _culture);

    private sealed record Label(string Text, double Start, int Lane);
}
