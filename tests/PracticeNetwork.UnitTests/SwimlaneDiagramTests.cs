using System.Globalization;
using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;
using static PracticeNetwork.UnitTests.ProcessDiagramSamples;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The swimlane diagram is one SVG picture and one ordered list of the same steps: always well formed, a lane per
/// role in the order the roles appear, the steps left to right joined by arrows from the start event to the end
/// event, bottlenecks told by shape, symbol and words, and readable without colour.
/// </summary>
public sealed class SwimlaneDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");

    private static readonly SwimlaneTexts Texts = new(
        "Prosessikaavio: {0}", "{0} vaihetta {1} roolin kaistoilla, pullonkaulavaiheita {2}. Alkaa: {3}. Päättyy: {4}.",
        "Alkutapahtuma", "Lopputapahtuma", "Vaihe", "Pullonkaula", "Rooli", "Järjestelmä", "Tyypillinen kesto", "Merkit:");

    [Fact]
    public void The_lanes_are_the_roles_in_the_order_they_first_appear_and_each_step_is_drawn_in_its_own()
    {
        var input = SalesInvoices();
        var diagram = Build(input);

        var svg = Parse(diagram);

        Assert.Equal(["Taloushallinto", "Tilaaja", "Esihenkilö"], diagram.Lanes);
        var lanes = svg.Descendants(Svg + "g").Where(group => Class(group) == "swimlane__lane").ToList();
        Assert.Equal(["Rooli: Taloushallinto", "Rooli: Tilaaja", "Rooli: Esihenkilö"], lanes.Select(lane => lane.Element(Svg + "title")!.Value));
        var laneTops = lanes.Select(lane => Y(lane.Element(Svg + "rect")!)).ToList();
        Assert.Equal(laneTops.Order(), laneTops);
        foreach (var step in input.Steps)
        {
            var box = Box(StepMark(svg, step));
            var lane = lanes[diagram.Lanes.ToList().IndexOf(step.Lane)].Element(Svg + "rect")!;
            Assert.InRange(Y(box), Y(lane), Y(lane) + Height(lane) - Height(box));
        }
    }

    [Fact]
    public void The_steps_run_left_to_right_in_their_order_with_every_name_in_the_picture()
    {
        var input = SalesInvoices();
        var diagram = Build(input);

        var svg = Parse(diagram);

        var marks = svg.Descendants(Svg + "g").Where(group => group.Attribute("data-step") is not null).ToList();
        Assert.Equal(input.Steps.Select(step => step.Id.ToString()), marks.Select(mark => (string)mark.Attribute("data-step")!));
        var xs = marks.Select(mark => X(Box(mark))).ToList();
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second >= pair.First + ProcessLayout.TaskWidth, $"{pair.Second} is not right of {pair.First}."));
        Assert.All(input.Steps, step => Assert.Contains(step.Name, StepMark(svg, step).Value, StringComparison.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5, 6], diagram.Steps.Select(step => step.Order));
        Assert.Equal(input.Steps.Select(step => step.Name), diagram.Steps.Select(step => step.Name));
    }

    [Fact]
    public void Arrows_join_the_start_event_each_step_in_turn_and_the_end_event()
    {
        var input = SalesInvoices();
        var svg = Parse(Build(input));

        var flows = Flows(svg).ToList();

        Assert.Equal(input.Steps.Count + 1, flows.Count);
        string[] nodes = ["start", .. input.Steps.Select(step => step.Id.ToString()), "end"];
        Assert.Equal(nodes.SkipLast(1), flows.Select(flow => (string)flow.Attribute("data-from")!));
        Assert.Equal(nodes.Skip(1), flows.Select(flow => (string)flow.Attribute("data-to")!));
        Assert.All(flows, flow => Assert.NotNull(flow.Element(Svg + "polygon")));
    }

    [Fact]
    public void An_arrow_to_another_lane_runs_in_the_gap_between_the_two_steps_and_ends_at_the_next_one()
    {
        var input = SalesInvoices();
        var svg = Parse(Build(input));

        // Step 1 (finance) to step 2 (orderer): two lanes apart in height, one column apart.
        var flow = Flows(svg).Single(flow => (string?)flow.Attribute("data-from") == input.Steps[0].Id.ToString());
        var points = Points(flow);
        var source = Box(StepMark(svg, input.Steps[0]));
        var target = Box(StepMark(svg, input.Steps[1]));

        Assert.Equal(4, points.Count);
        Assert.All(points, point => Assert.InRange(point.X, X(source) + Width(source), X(target)));
        Assert.Equal((X(target), Y(target) + (Height(target) / 2)), points[^1]);
        Assert.Equal(Y(source) + (Height(source) / 2), points[0].Y);
    }

    [Fact]
    public void A_process_without_steps_is_a_start_event_with_an_arrow_to_the_end_event()
    {
        var diagram = Build(WithSteps());

        var svg = Parse(diagram);

        Assert.True(diagram.IsEmpty);
        Assert.Empty(diagram.Lanes);
        var flow = Assert.Single(Flows(svg));
        Assert.Equal("start", (string?)flow.Attribute("data-from"));
        Assert.Equal("end", (string?)flow.Attribute("data-to"));
        Assert.Contains("Alkaa", svg.Value, StringComparison.Ordinal);
        Assert.Contains("Päättyy", svg.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bottlenecked_step_is_marked_by_outline_and_symbol_and_the_legend_says_so_in_words()
    {
        var input = SalesInvoices();
        var svg = Parse(Build(input));

        var approval = StepMark(svg, input.Steps[3]);
        var plain = StepMark(svg, input.Steps[2]);

        Assert.Contains("swimlane__step--bottleneck", Class(approval), StringComparison.Ordinal);
        Assert.NotNull(Box(approval).Attribute("stroke-dasharray"));
        Assert.Contains(SwimlaneDiagram.BottleneckSymbol, TextsOf(approval));
        Assert.Contains("Pullonkaula: Hyväksyjät ovat lomalla heinäkuussa.", approval.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("bottleneck", Class(plain), StringComparison.Ordinal);
        Assert.Null(Box(plain).Attribute("stroke-dasharray"));
        Assert.DoesNotContain(SwimlaneDiagram.BottleneckSymbol, TextsOf(plain));
        Assert.Contains("⚠ Pullonkaula", Legend(svg).Value, StringComparison.Ordinal);
        Assert.Equal(
            [input.Steps[1].Id, input.Steps[3].Id, input.Steps[4].Id],
            svg.Descendants(Svg + "g").Where(group => Class(group).Contains("--bottleneck", StringComparison.Ordinal) && group.Attribute("data-step") is not null)
                .Select(group => Guid.Parse((string)group.Attribute("data-step")!)));
    }

    [Fact]
    public void Without_bottlenecks_the_legend_explains_only_the_events_and_steps()
    {
        var svg = Parse(Build(WithSteps(Step("Vastaanotto", "Kirjaamo"), Step("Käsittely", "Asiantuntija"))));

        var legend = Legend(svg).Value;

        Assert.Contains("Alkutapahtuma", legend, StringComparison.Ordinal);
        Assert.Contains("Lopputapahtuma", legend, StringComparison.Ordinal);
        Assert.Contains("Vaihe", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Pullonkaula", legend, StringComparison.Ordinal);
        Assert.DoesNotContain(SwimlaneDiagram.BottleneckSymbol, svg.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_event_is_a_thick_circle_the_start_event_a_thin_one()
    {
        var svg = Parse(Build(SalesInvoices()));

        double StrokeOf(string node) => double.Parse(
            (string)svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("data-node") == node).Element(Svg + "circle")!.Attribute("stroke-width")!,
            CultureInfo.InvariantCulture);

        Assert.True(StrokeOf("end") >= 2 * StrokeOf("start"), "The end event's circle is not thicker than the start event's.");
    }

    [Fact]
    public void Each_step_tells_its_role_system_and_duration_in_its_title_and_its_box()
    {
        var input = SalesInvoices();
        var svg = Parse(Build(input));

        var mark = StepMark(svg, input.Steps[0]);

        Assert.Equal("1. Laskutusaineiston vastaanotto – Rooli: Taloushallinto – Järjestelmä: Basware – Tyypillinen kesto: 1 päivä", mark.Element(Svg + "title")!.Value);
        Assert.Contains("Basware · 1 päivä", TextsOf(mark));
        var withoutSystem = StepMark(svg, input.Steps[4]);
        Assert.DoesNotContain("Järjestelmä", withoutSystem.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(TextsOf(withoutSystem), text => text.Contains('·', StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_name_is_wrapped_to_two_lines_and_cut_with_its_full_text_in_the_title_and_the_list()
    {
        var name = "Laskun asiatarkastus ja hyväksyntä sekä mahdollinen täydennyspyyntö tilaajalle ja asiakkaalle";
        var step = Step(name, "Tilaaja");
        var diagram = Build(WithSteps(step));

        var mark = StepMark(Parse(diagram), step);

        var lines = mark.Elements(Svg + "text").Where(text => (string?)text.Attribute("text-anchor") == "middle").Select(text => text.Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.True(line.Length <= SwimlaneDiagram.StepLineLength, line));
        Assert.StartsWith("Laskun", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Contains(name, mark.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(name, Assert.Single(diagram.Steps).Name);
    }

    [Fact]
    public void What_people_wrote_stays_text()
    {
        var step = Step("<script>alert('x')</script>", "<b>Rooli</b> & \"lainaus\"", "<img src=x onerror=alert(1)>");
        var diagram = Build(new ProcessDiagramInput("A & B <i>", "<svg onload=alert(1)>", "]]> loppu", [step], [new Bottleneck("<u>hidas</u>", [step.Id])]));

        var svg = Parse(diagram);

        Assert.DoesNotContain("<script", diagram.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", diagram.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", diagram.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName is "script" or "b" or "img" or "i" or "u" || (element.Name == Svg + "svg" && element != svg));
        Assert.Contains("<script>alert('x')</script>", StepMark(svg, step).Value, StringComparison.Ordinal);
        Assert.Contains("<u>hidas</u>", StepMark(svg, step).Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_picture_is_an_image_with_a_title_and_a_description_of_what_it_holds()
    {
        var svg = Parse(Build(SalesInvoices()));

        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        var title = svg.Element(Svg + "title")!;
        var description = svg.Element(Svg + "desc")!;
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal([(string)title.Attribute("id")!, (string)description.Attribute("id")!], labelledBy);
        Assert.Equal("Prosessikaavio: Myyntilaskutus", title.Value);
        Assert.Equal(
            "6 vaihetta 3 roolin kaistoilla, pullonkaulavaiheita 3. Alkaa: Palvelu on toimitettu. Päättyy: Lasku on lähetetty ja kirjattu.",
            description.Value);
    }

    [Fact]
    public void The_picture_uses_no_colour_but_the_text_colour_and_white()
    {
        var svg = Parse(Build(SalesInvoices()));

        var paints = svg.Descendants().SelectMany(element => new[] { element.Attribute("fill"), element.Attribute("stroke") }).OfType<XAttribute>()
            .Select(attribute => attribute.Value).Distinct().ToList();

        Assert.NotEmpty(paints);
        Assert.All(paints, paint => Assert.Contains(paint, new[] { "currentColor", "#ffffff", "none" }));
    }

    [Fact]
    public void Everything_fits_inside_the_picture()
    {
        var svg = Parse(Build(SalesInvoices()));

        var width = double.Parse((string)svg.Attribute("width")!, CultureInfo.InvariantCulture);
        var height = double.Parse((string)svg.Attribute("height")!, CultureInfo.InvariantCulture);

        Assert.All(svg.Descendants(Svg + "rect"), rect =>
        {
            Assert.InRange(X(rect), 0, width - Width(rect));
            Assert.InRange(Y(rect), 0, height - Height(rect));
        });
    }

    [Fact]
    public void The_ordered_list_holds_each_steps_role_system_duration_and_bottlenecks()
    {
        var input = SalesInvoices();

        var steps = Build(input).Steps;

        Assert.Equal(input.Steps.Select(step => step.Lane), steps.Select(step => step.Lane));
        Assert.Equal(["Basware", "Basware", "SAP", "Basware", null, "SAP"], steps.Select(step => step.System));
        Assert.Equal(["1 päivä", "3 päivää", "1 päivä", "2 päivää", null, "1 päivä"], steps.Select(step => step.Duration));
        Assert.Equal(["Hyväksyjät ovat lomalla heinäkuussa."], steps[3].Bottlenecks);
        Assert.Equal([false, true, false, true, true, false], steps.Select(step => step.IsBottleneck));
    }

    private static SwimlaneDiagram Build(ProcessDiagramInput input) => SwimlaneDiagram.Build(input, Texts, Finnish);

    private static XElement Parse(SwimlaneDiagram diagram)
    {
        var svg = XDocument.Parse(diagram.Markup).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        return svg;
    }

    private static XElement StepMark(XElement svg, ProcessStep step) =>
        svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("data-step") == step.Id.ToString());

    private static XElement Box(XElement mark) => mark.Element(Svg + "rect")!;

    private static IEnumerable<XElement> Flows(XElement svg) => svg.Descendants(Svg + "g").Where(group => Class(group) == "swimlane__flow");

    private static XElement Legend(XElement svg) => svg.Descendants(Svg + "g").Single(group => Class(group) == "swimlane__legend");

    private static List<string> TextsOf(XElement mark) => [.. mark.Elements(Svg + "text").Select(text => text.Value)];

    private static string Class(XElement element) => (string?)element.Attribute("class") ?? string.Empty;

    private static List<(double X, double Y)> Points(XElement flow) =>
    [
        .. ((string)flow.Element(Svg + "polyline")!.Attribute("points")!).Split(' ')
            .Select(point => point.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture))),
    ];

    private static double X(XElement rect) => Number(rect, "x");

    private static double Y(XElement rect) => Number(rect, "y");

    private static double Width(XElement rect) => Number(rect, "width");

    private static double Height(XElement rect) => Number(rect, "height");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
