using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The project timeline is one SVG picture and one list of the same entries: always well-formed, holding every
/// milestone and update at its date in order, described for screen readers, and readable without colour.
/// </summary>
public sealed class ProjectTimelineTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");

    private static readonly TimelineTexts Texts = new(
        "Hankkeen aikajana", "{0} virstanpylvästä, {1} valmiina, {2} myöhässä, {3} päivitystä {4}–{5}.", "Ei vielä mitään.", "Tänään",
        "tulossa", "valmis", "myöhässä", "valmis {0}", "Tilannepäivitys", "{0}, {1}", "Hankkeen kesto", "Merkit:");

    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void An_empty_timeline_is_a_well_formed_picture_that_says_so()
    {
        var timeline = Build(new TimelineInput(null, null, Today, [], []));

        var svg = Parse(timeline);

        Assert.True(timeline.IsEmpty);
        Assert.Empty(timeline.Entries);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Contains("Ei vielä mitään.", svg.Value, StringComparison.Ordinal);
        Assert.Empty(Marks(svg));
    }

    [Fact]
    public void One_milestone_is_drawn_and_listed()
    {
        var milestone = Milestone("Pilotti valmis", new DateOnly(2026, 5, 1));
        var timeline = Build(new TimelineInput(null, null, Today, [milestone], []));

        var svg = Parse(timeline);

        var mark = Assert.Single(Marks(svg));
        Assert.Equal($"virstanpylvas-{milestone.Id}", (string?)mark.Attribute("data-entry"));
        Assert.Contains("Pilotti valmis", mark.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        var entry = Assert.Single(timeline.Entries);
        Assert.Equal(TimelineEntryKind.Milestone, entry.Kind);
        Assert.Equal($"virstanpylvas-{milestone.Id}", entry.Anchor);
    }

    [Fact]
    public void Every_milestone_and_update_is_in_the_picture_at_its_date_in_order()
    {
        var milestones = Enumerable.Range(0, 12)
            .Select(index => Milestone($"Virstanpylväs {index}", new DateOnly(2025, 1, 10).AddDays(index * 37)))
            .Reverse()
            .ToList();
        var updates = Enumerable.Range(0, 9)
            .Select(index => new TimelineUpdate(Guid.NewGuid(), new DateOnly(2025, 2, 1).AddDays(index * 41), "Loppi", "Lauri Projektipäällikkö"))
            .ToList();
        var timeline = Build(new TimelineInput(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), Today, milestones, updates));

        var svg = Parse(timeline);

        var marks = Marks(svg).ToList();
        Assert.Equal(milestones.Count + updates.Count, marks.Count);
        Assert.All(milestones, milestone => Assert.Contains(marks, mark => (string?)mark.Attribute("data-entry") == $"virstanpylvas-{milestone.Id}"));
        Assert.All(updates, update => Assert.Contains(marks, mark => (string?)mark.Attribute("data-entry") == $"paivitys-{update.Id}"));
        var byDate = marks
            .Select(mark => (Date: DateOnly.ParseExact((string)mark.Attribute("data-date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture), X: XOf(mark)))
            .OrderBy(mark => mark.Date)
            .ToList();
        for (var index = 1; index < byDate.Count; index++)
        {
            Assert.True(byDate[index].X >= byDate[index - 1].X, $"{byDate[index].Date} is drawn left of {byDate[index - 1].Date}.");
        }

        Assert.All(marks, mark => Assert.InRange(XOf(mark), 0, ProjectTimeline.Width));
        Assert.Equal(timeline.Entries.OrderBy(entry => entry.Date).Select(entry => entry.Id), timeline.Entries.Select(entry => entry.Id));
        Assert.Equal(milestones.Count + updates.Count, timeline.Entries.Count);
    }

    [Fact]
    public void The_picture_is_an_image_with_a_title_and_a_description_of_what_it_holds()
    {
        var milestones = new[]
        {
            Milestone("Kartoitus", new DateOnly(2026, 2, 1), doneOn: new DateOnly(2026, 2, 10)),
            Milestone("Pilotti", new DateOnly(2026, 5, 1), overdue: true),
            Milestone("Loppuraportti", new DateOnly(2026, 11, 30)),
        };
        var timeline = Build(new TimelineInput(null, null, Today, milestones, [new TimelineUpdate(Guid.NewGuid(), new DateOnly(2026, 3, 3), "Loppi", "Lauri")]));

        var svg = Parse(timeline);

        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        var title = svg.Element(Svg + "title")!;
        var description = svg.Element(Svg + "desc")!;
        Assert.Equal([(string)title.Attribute("id")!, (string)description.Attribute("id")!], labelledBy);
        Assert.Equal("Hankkeen aikajana", title.Value);
        Assert.Equal("3 virstanpylvästä, 1 valmiina, 1 myöhässä, 1 päivitystä 1.2.2026–30.11.2026.", description.Value);
    }

    [Fact]
    public void A_milestones_state_is_told_by_symbol_shape_and_words_not_by_colour()
    {
        var done = Milestone("Kartoitus", new DateOnly(2026, 2, 1), doneOn: new DateOnly(2026, 2, 1));
        var overdue = Milestone("Pilotti", new DateOnly(2026, 5, 1), overdue: true);
        var upcoming = Milestone("Loppuraportti", new DateOnly(2026, 11, 30));
        var svg = Parse(Build(new TimelineInput(null, null, Today, [done, overdue, upcoming], [])));

        XElement MarkOf(TimelineMilestone milestone) => Marks(svg).Single(mark => (string?)mark.Attribute("data-entry") == $"virstanpylvas-{milestone.Id}");
        string Label(TimelineMilestone milestone) => MarkOf(milestone).Element(Svg + "text")!.Value;
        XElement Shape(TimelineMilestone milestone) => MarkOf(milestone).Element(Svg + "polygon")!;

        Assert.StartsWith("✓ ", Label(done), StringComparison.Ordinal);
        Assert.StartsWith("! ", Label(overdue), StringComparison.Ordinal);
        Assert.Equal("Loppuraportti", Label(upcoming));
        Assert.Equal("currentColor", (string?)Shape(done).Attribute("fill"));
        Assert.NotNull(Shape(overdue).Attribute("stroke-dasharray"));
        Assert.Equal("#ffffff", (string?)Shape(upcoming).Attribute("fill"));
        Assert.Contains("myöhässä", MarkOf(overdue).Element(Svg + "title")!.Value, StringComparison.Ordinal);
        var legend = svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("class") == "timeline__legend").Value;
        Assert.Contains("✓ valmis", legend, StringComparison.Ordinal);
        Assert.Contains("! myöhässä", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_is_cut_in_the_picture_and_kept_whole_in_its_title_and_the_list()
    {
        var title = string.Concat(Enumerable.Repeat("Hyvin pitkä virstanpylvään nimi ", 6)).Trim();
        var milestone = Milestone(title, new DateOnly(2026, 3, 1));
        var timeline = Build(new TimelineInput(null, null, Today, [milestone], []));

        var mark = Assert.Single(Marks(Parse(timeline)));

        var label = mark.Element(Svg + "text")!.Value;
        Assert.True(label.Length <= ProjectTimeline.MaxLabelLength, label);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.Contains(title, mark.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(title, Assert.Single(timeline.Entries).Title);
    }

    [Fact]
    public void What_people_wrote_is_escaped_into_the_markup()
    {
        var milestone = Milestone("<script>alert('x')</script> & \"lainaus\"", new DateOnly(2026, 3, 1));
        var timeline = Build(new TimelineInput(null, null, Today, [milestone], [new TimelineUpdate(Guid.NewGuid(), Today, "<b>Loppi</b>", "A & B")]));

        var svg = Parse(timeline);

        Assert.DoesNotContain("<script", timeline.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", timeline.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName is "script" or "b");
    }

    [Fact]
    public void Today_is_marked_when_it_falls_within_the_timeline()
    {
        var within = Parse(Build(new TimelineInput(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today, [], [])));
        var after = Parse(Build(new TimelineInput(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), Today, [], [])));

        Assert.Single(within.Descendants(Svg + "g"), group => (string?)group.Attribute("class") == "timeline__today");
        Assert.DoesNotContain(after.Descendants(Svg + "g"), group => (string?)group.Attribute("class") == "timeline__today");
    }

    [Fact]
    public void Milestones_and_updates_on_the_same_day_are_listed_milestone_first()
    {
        var day = new DateOnly(2026, 4, 1);
        var update = new TimelineUpdate(Guid.NewGuid(), day, "Loppi", "Lauri");
        var milestone = Milestone("Pilotti", day);

        var entries = Build(new TimelineInput(null, null, Today, [milestone], [update])).Entries;

        Assert.Equal([TimelineEntryKind.Milestone, TimelineEntryKind.Update], entries.Select(entry => entry.Kind));
        Assert.Equal("Loppi, Lauri", entries[1].Who);
    }

    private static ProjectTimeline Build(TimelineInput input) => ProjectTimeline.Build(input, Texts, Finnish);

    private static XElement Parse(ProjectTimeline timeline)
    {
        var svg = XDocument.Parse(timeline.Markup).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static IEnumerable<XElement> Marks(XElement svg) => svg.Descendants(Svg + "g").Where(group => group.Attribute("data-entry") is not null);

    private static double XOf(XElement mark)
    {
        var transform = (string)mark.Attribute("transform")!;
        var inside = transform["translate(".Length..transform.IndexOf(',', StringComparison.Ordinal)];
        return double.Parse(inside, CultureInfo.InvariantCulture);
    }

    private static TimelineMilestone Milestone(string title, DateOnly due, DateOnly? doneOn = null, bool overdue = false) =>
        new(Guid.NewGuid(), title, due, doneOn, overdue, "Loppi");
}
