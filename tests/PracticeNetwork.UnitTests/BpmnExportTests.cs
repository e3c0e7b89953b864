using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Modules.Processes.Features.Export;
using PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;
using static PracticeNetwork.UnitTests.ProcessDiagramSamples;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The BPMN 2.0 export is what a BPMN modeler opens and draws: valid against the OMG schemas, holding every role as
/// a lane, every step as a task and the flows between them, with a shape for every node and an edge for every flow,
/// where the swimlane diagram on the process page draws them.
/// </summary>
public sealed class BpmnExportTests
{
    private static readonly XNamespace Bpmn = BpmnExport.Model;
    private static readonly XNamespace BpmnDi = BpmnExport.BpmnDi;
    private static readonly XNamespace Dc = BpmnExport.Dc;
    private static readonly XNamespace Di = BpmnExport.Di;

    private static readonly BpmnTexts Texts = new("Järjestelmä", "Tyypillinen kesto", "Pullonkaula");

    private static readonly Guid ProcessId = Guid.Parse("6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b");

    public static TheoryData<string> Processes => new("sales invoices", "no steps", "one step", "two steps sharing an id", "what people wrote");

    [Theory]
    [MemberData(nameof(Processes))]
    public void The_export_is_valid_against_the_OMG_BPMN_schemas(string process)
    {
        var xml = BpmnExport.Xml(ProcessId, Sample(process), Texts);

        var problems = BpmnSchemas.Problems(XDocument.Parse(xml));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_schemas_catch_what_a_modeler_could_not_open()
    {
        var document = Export(SalesInvoices());
        document.Descendants(Bpmn + "sequenceFlow").First().Attribute("targetRef")!.Value = "Task_nowhere";
        document.Descendants(Bpmn + "task").First().Add(new XElement(Bpmn + "lane"));

        var problems = BpmnSchemas.Problems(document);

        Assert.Contains(problems, problem => problem.Contains("Task_nowhere", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("lane", StringComparison.Ordinal));
    }

    [Fact]
    public void The_file_is_UTF8_XML_with_the_BPMN_namespaces()
    {
        var xml = BpmnExport.Xml(ProcessId, SalesInvoices(), Texts);

        var document = XDocument.Parse(xml);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.OrdinalIgnoreCase);
        var definitions = document.Root!;
        Assert.Equal(Bpmn + "definitions", definitions.Name);
        Assert.Equal($"urn:uuid:{ProcessId}", (string?)definitions.Attribute("targetNamespace"));
        Assert.Equal(BpmnDi.NamespaceName, definitions.GetNamespaceOfPrefix("bpmndi")?.NamespaceName);
        Assert.Equal(Dc.NamespaceName, definitions.GetNamespaceOfPrefix("dc")?.NamespaceName);
        Assert.Equal(Di.NamespaceName, definitions.GetNamespaceOfPrefix("di")?.NamespaceName);
        Assert.Contains("Laskutusaineiston vastaanotto", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collaboration_has_one_participant_that_is_the_process()
    {
        var document = Export(SalesInvoices());

        var participant = Assert.Single(document.Descendants(Bpmn + "collaboration").Elements(Bpmn + "participant"));
        var process = Assert.Single(document.Root!.Elements(Bpmn + "process"));

        Assert.Equal((string?)process.Attribute("id"), (string?)participant.Attribute("processRef"));
        Assert.Equal("Myyntilaskutus", (string?)participant.Attribute("name"));
        Assert.Equal("Myyntilaskutus", (string?)process.Attribute("name"));
    }

    [Fact]
    public void Every_step_is_a_task_in_order_in_the_lane_of_its_role()
    {
        var input = SalesInvoices();
        var document = Export(input);

        var tasks = document.Descendants(Bpmn + "task").ToList();
        var lanes = document.Descendants(Bpmn + "lane").ToList();

        Assert.Equal(input.Steps.Select(step => step.Name), tasks.Select(task => (string)task.Attribute("name")!));
        Assert.Equal(input.Steps.Select(step => $"Task_{step.Id:N}"), tasks.Select(task => (string)task.Attribute("id")!));
        Assert.Equal(["Taloushallinto", "Tilaaja", "Esihenkilö"], lanes.Select(lane => (string)lane.Attribute("name")!));
        foreach (var step in input.Steps)
        {
            var holding = lanes.Where(lane => lane.Elements(Bpmn + "flowNodeRef").Any(reference => reference.Value == $"Task_{step.Id:N}")).ToList();
            Assert.Equal(step.Lane, (string?)Assert.Single(holding).Attribute("name"));
        }

        Assert.Contains(lanes[0].Elements(Bpmn + "flowNodeRef"), reference => reference.Value == "StartEvent_1");
        Assert.Contains(lanes[0].Elements(Bpmn + "flowNodeRef"), reference => reference.Value == "EndEvent_1");
    }

    [Fact]
    public void Sequence_flows_lead_from_the_start_event_through_every_task_to_the_end_event()
    {
        var input = SalesInvoices();
        var document = Export(input);

        var flows = document.Descendants(Bpmn + "sequenceFlow").ToList();
        string[] nodes = ["StartEvent_1", .. input.Steps.Select(step => $"Task_{step.Id:N}"), "EndEvent_1"];

        Assert.Equal(input.Steps.Count + 1, flows.Count);
        Assert.Equal(nodes.SkipLast(1), flows.Select(flow => (string)flow.Attribute("sourceRef")!));
        Assert.Equal(nodes.Skip(1), flows.Select(flow => (string)flow.Attribute("targetRef")!));
        var start = document.Descendants(Bpmn + "startEvent").Single();
        var end = document.Descendants(Bpmn + "endEvent").Single();
        Assert.Equal("Palvelu on toimitettu", (string?)start.Attribute("name"));
        Assert.Equal("Lasku on lähetetty ja kirjattu", (string?)end.Attribute("name"));
        foreach (var flow in flows)
        {
            var id = (string)flow.Attribute("id")!;
            Assert.Equal([id], Node(document, (string)flow.Attribute("sourceRef")!).Elements(Bpmn + "outgoing").Select(outgoing => outgoing.Value));
            Assert.Equal([id], Node(document, (string)flow.Attribute("targetRef")!).Elements(Bpmn + "incoming").Select(incoming => incoming.Value));
        }

        Assert.Empty(start.Elements(Bpmn + "incoming"));
        Assert.Empty(end.Elements(Bpmn + "outgoing"));
    }

    [Fact]
    public void A_tasks_documentation_holds_the_steps_description_system_duration_and_bottlenecks()
    {
        var input = SalesInvoices();
        var document = Export(input);

        string? Documentation(ProcessStep step) =>
            document.Descendants(Bpmn + "task").Single(task => (string?)task.Attribute("id") == $"Task_{step.Id:N}").Element(Bpmn + "documentation")?.Value;

        Assert.Equal(
            "Tilaaja tarkastaa, että lasku vastaa tilausta.\nJärjestelmä: Basware\nTyypillinen kesto: 3 päivää\nPullonkaula: Tarkastus odottaa tilaajan vastausta.",
            Documentation(input.Steps[1]));
        Assert.Equal("Järjestelmä: SAP\nTyypillinen kesto: 1 päivä", Documentation(input.Steps[2]));
        Assert.Equal("Pullonkaula: Tarkastus odottaa tilaajan vastausta.", Documentation(input.Steps[4]));
        var bare = Step("Tarkistus", "Kirjaamo");
        Assert.Null(Export(WithSteps(bare)).Descendants(Bpmn + "task").Single().Element(Bpmn + "documentation"));
    }

    [Fact]
    public void The_diagram_has_a_shape_for_the_participant_every_lane_and_node_and_an_edge_for_every_flow()
    {
        var document = Export(SalesInvoices());

        var plane = document.Descendants(BpmnDi + "BPMNPlane").Single();
        var shapes = plane.Elements(BpmnDi + "BPMNShape").ToDictionary(shape => (string)shape.Attribute("bpmnElement")!);
        var edges = plane.Elements(BpmnDi + "BPMNEdge").ToDictionary(edge => (string)edge.Attribute("bpmnElement")!);

        Assert.Equal((string?)document.Descendants(Bpmn + "collaboration").Single().Attribute("id"), (string?)plane.Attribute("bpmnElement"));
        var participant = (string)document.Descendants(Bpmn + "participant").Single().Attribute("id")!;
        var lanes = document.Descendants(Bpmn + "lane").Select(lane => (string)lane.Attribute("id")!).ToList();
        var nodes = document.Descendants().Where(element => element.Name == Bpmn + "startEvent" || element.Name == Bpmn + "task" || element.Name == Bpmn + "endEvent")
            .Select(node => (string)node.Attribute("id")!).ToList();
        var flows = document.Descendants(Bpmn + "sequenceFlow").Select(flow => (string)flow.Attribute("id")!).ToList();
        Assert.Equal(new[] { participant }.Concat(lanes).Concat(nodes).Order(), shapes.Keys.Order());
        Assert.Equal(flows.Order(), edges.Keys.Order());
        Assert.All(new[] { participant }.Concat(lanes), id => Assert.Equal("true", (string?)shapes[id].Attribute("isHorizontal")));
        Assert.All(shapes.Values, shape => Assert.True(Bounds(shape).Width > 0 && Bounds(shape).Height > 0));
        Assert.All(edges.Values, edge => Assert.True(edge.Elements(Di + "waypoint").Count() >= 2));
    }

    [Fact]
    public void Each_edge_runs_from_its_source_shape_to_its_target_shape()
    {
        var document = Export(SalesInvoices());

        var shapes = document.Descendants(BpmnDi + "BPMNShape").ToDictionary(shape => (string)shape.Attribute("bpmnElement")!, Bounds);

        foreach (var flow in document.Descendants(Bpmn + "sequenceFlow"))
        {
            var edge = document.Descendants(BpmnDi + "BPMNEdge").Single(edge => (string?)edge.Attribute("bpmnElement") == (string)flow.Attribute("id")!);
            var points = edge.Elements(Di + "waypoint").Select(point => (X: Number(point, "x"), Y: Number(point, "y"))).ToList();
            var source = shapes[(string)flow.Attribute("sourceRef")!];
            var target = shapes[(string)flow.Attribute("targetRef")!];
            Assert.Equal((source.Right, source.CenterY), points[0]);
            Assert.Equal((target.X, target.CenterY), points[^1]);
        }
    }

    [Fact]
    public void Tasks_and_lanes_are_where_the_swimlane_diagram_draws_them()
    {
        var input = SalesInvoices();
        var document = Export(input);
        var svg = XDocument.Parse(SwimlaneDiagram.Build(input, SwimlaneTexts(), CultureInfo.GetCultureInfo("fi")).Markup).Root!;
        XNamespace svgNs = "http://www.w3.org/2000/svg";

        foreach (var step in input.Steps)
        {
            var shape = Bounds(document.Descendants(BpmnDi + "BPMNShape").Single(shape => (string?)shape.Attribute("bpmnElement") == $"Task_{step.Id:N}"));
            var rect = svg.Descendants(svgNs + "g").Single(group => (string?)group.Attribute("data-step") == step.Id.ToString()).Element(svgNs + "rect")!;
            Assert.Equal(shape, new LayoutBox(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height")));
        }

        var laneShapes = document.Descendants(Bpmn + "lane")
            .Select(lane => Bounds(document.Descendants(BpmnDi + "BPMNShape").Single(shape => (string?)shape.Attribute("bpmnElement") == (string)lane.Attribute("id")!)));
        var laneRects = svg.Descendants(svgNs + "g").Where(group => (string?)group.Attribute("class") == "swimlane__lane").Select(group => group.Element(svgNs + "rect")!)
            .Select(rect => new LayoutBox(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height")));
        Assert.Equal(laneShapes, laneRects);
    }

    [Fact]
    public void A_process_without_steps_exports_a_start_event_a_flow_and_an_end_event()
    {
        var document = Export(WithSteps());

        var flow = Assert.Single(document.Descendants(Bpmn + "sequenceFlow"));

        Assert.Equal("StartEvent_1", (string?)flow.Attribute("sourceRef"));
        Assert.Equal("EndEvent_1", (string?)flow.Attribute("targetRef"));
        Assert.Empty(document.Descendants(Bpmn + "task"));
        Assert.Empty(document.Descendants(Bpmn + "laneSet"));
        Assert.Equal(3, document.Descendants(BpmnDi + "BPMNShape").Count());
        Assert.Single(document.Descendants(BpmnDi + "BPMNEdge"));
    }

    [Fact]
    public void Every_id_is_a_unique_NCName_even_for_two_steps_sharing_one()
    {
        var document = Export(Sample("two steps sharing an id"));

        var ids = document.Descendants().Select(element => (string?)element.Attribute("id")).OfType<string>().ToList();

        Assert.All(ids, id => XmlConvert.VerifyNCName(id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, document.Descendants(Bpmn + "task").Count());
    }

    [Fact]
    public void What_people_wrote_stays_text()
    {
        var document = Export(Sample("what people wrote"));

        Assert.Equal("<script>alert('x')</script>", (string?)document.Descendants(Bpmn + "task").Single().Attribute("name"));
        Assert.DoesNotContain(document.Descendants(), element => element.Name.LocalName is "script" or "b");
    }

    private static XDocument Export(ProcessDiagramInput input) => XDocument.Parse(BpmnExport.Xml(ProcessId, input, Texts));

    private static ProcessDiagramInput Sample(string process) => process switch
    {
        "sales invoices" => SalesInvoices(),
        "no steps" => WithSteps(),
        "one step" => WithSteps(Step("Päätös", "Lautakunta", "Dynasty", "4 viikkoa", "Lautakunta päättää.")),
        "two steps sharing an id" => TwinSteps(),
        _ => new ProcessDiagramInput(
            "A & B <i>", "<b>alku</b>", "]]> loppu", [Step("<script>alert('x')</script>", "<b>Rooli</b> & \"x\"", "<img>", "1 < 2", "&amp;")], []),
    };

    private static ProcessDiagramInput TwinSteps()
    {
        var twin = Step("Tarkistus", "Kirjaamo");
        return WithSteps(twin, twin with { Name = "Uusi tarkistus" }, Step("3 vaihe", "1 rooli"));
    }

    private static XElement Node(XDocument document, string id) =>
        document.Descendants().Single(element => (string?)element.Attribute("id") == id && element.Name.Namespace == Bpmn);

    private static LayoutBox Bounds(XElement shape)
    {
        var bounds = shape.Element(Dc + "Bounds")!;
        return new LayoutBox(Number(bounds, "x"), Number(bounds, "y"), Number(bounds, "width"), Number(bounds, "height"));
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static SwimlaneTexts SwimlaneTexts() => new("{0}", "{0} {1} {2} {3} {4}", "Alku", "Loppu", "Vaihe", "Pullonkaula", "Rooli", "Järjestelmä", "Kesto", "Merkit:");
}
