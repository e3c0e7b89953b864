using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;

namespace PracticeNetwork.Modules.Processes.Features.Export;

/// <summary>The words the export writes into each task's documentation, in the reader's language.</summary>
public sealed record BpmnTexts(string System, string Duration, string Bottleneck)
{
    /// <summary>The export's words from the process texts (<c>Diagram.*</c>).</summary>
    public static BpmnTexts From(IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new BpmnTexts(texts["Diagram.System"].Value, texts["Diagram.Duration"].Value, texts["Diagram.Bottleneck"].Value);
    }
}

/// <summary>
/// A process as BPMN 2.0 XML with diagram interchange, so that a BPMN modeler opens and draws it: a collaboration
/// whose one participant is the process, a lane per role (in the order the roles first appear), the start event, a
/// task per step, the end event and the sequence flows between them, each shape and edge where
/// <see cref="ProcessLayout"/> puts it (the swimlane diagram on the process page is drawn from the same layout).
/// A task's documentation holds the step's description, system, duration and bottlenecks. Ids are NCNames; a task's
/// id is its step's id, so it stays the same from one export to the next.
/// </summary>
public static class BpmnExport
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";

    public const string ContentType = "application/xml";

    /// <summary>The BPMN 2.0 XML as a UTF-8 document (with its declaration), ready to be sent as a file.</summary>
    public static string Xml(Guid processId, ProcessDiagramInput input, BpmnTexts texts)
    {
        var document = Document(processId, input, texts);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            document.Save(writer);
        }

        return builder.ToString();
    }

    public static XDocument Document(Guid processId, ProcessDiagramInput input, BpmnTexts texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var layout = ProcessLayout.Of(input);
        var key = processId.ToString("N", CultureInfo.InvariantCulture);
        var ids = NodeIds(layout);
        var flowIds = layout.Flows.Select((_, index) => $"Flow_{index + 1}").ToList();
        var collaborationId = $"Collaboration_{key}";
        var participantId = $"Participant_{key}";
        var processIdText = $"Process_{key}";
        var laneIds = layout.Lanes.Select((_, index) => $"Lane_{index + 1}").ToList();

        var process = new XElement(Model + "process",
            new XAttribute("id", processIdText),
            new XAttribute("name", input.Name),
            new XAttribute("isExecutable", "false"));
        if (layout.Lanes.Count > 0)
        {
            process.Add(new XElement(Model + "laneSet",
                new XAttribute("id", $"LaneSet_{key}"),
                layout.Lanes.Select((lane, index) => new XElement(Model + "lane",
                    new XAttribute("id", laneIds[index]),
                    new XAttribute("name", lane.Name),
                    lane.Nodes.Select(node => new XElement(Model + "flowNodeRef", ids[node]))))));
        }

        for (var index = 0; index < layout.Nodes.Count; index++)
        {
            var node = layout.Nodes[index];
            var element = node.Kind switch
            {
                LayoutNodeKind.Start => new XElement(Model + "startEvent", new XAttribute("id", ids[index]), new XAttribute("name", input.StartEvent)),
                LayoutNodeKind.End => new XElement(Model + "endEvent", new XAttribute("id", ids[index]), new XAttribute("name", input.EndEvent)),
                _ => Task(ids[index], node.Step!, input, texts),
            };
            if (index > 0)
            {
                element.Add(new XElement(Model + "incoming", flowIds[index - 1]));
            }

            if (index < layout.Nodes.Count - 1)
            {
                element.Add(new XElement(Model + "outgoing", flowIds[index]));
            }

            process.Add(element);
        }

        process.Add(layout.Flows.Select((flow, index) => new XElement(Model + "sequenceFlow",
            new XAttribute("id", flowIds[index]),
            new XAttribute("sourceRef", ids[flow.From]),
            new XAttribute("targetRef", ids[flow.To]))));

        var plane = new XElement(BpmnDi + "BPMNPlane",
            new XAttribute("id", $"BPMNPlane_{key}"),
            new XAttribute("bpmnElement", collaborationId),
            Shape(participantId, layout.Pool, horizontal: true),
            layout.Lanes.Select((lane, index) => Shape(laneIds[index], lane.Bounds, horizontal: true)),
            layout.Nodes.Select((node, index) => node.Kind == LayoutNodeKind.Step
                ? Shape(ids[index], node.Bounds)
                : Shape(ids[index], node.Bounds, label: ProcessLayout.EventLabel(node.Bounds))),
            layout.Flows.Select((flow, index) => new XElement(BpmnDi + "BPMNEdge",
                new XAttribute("id", $"{flowIds[index]}_di"),
                new XAttribute("bpmnElement", flowIds[index]),
                flow.Waypoints.Select(point => new XElement(Di + "waypoint", new XAttribute("x", Number(point.X)), new XAttribute("y", Number(point.Y)))))));

        var definitions = new XElement(Model + "definitions",
            new XAttribute(XNamespace.Xmlns + "bpmn", Model.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bpmndi", BpmnDi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "di", Di.NamespaceName),
            new XAttribute("id", $"Definitions_{key}"),
            new XAttribute("targetNamespace", $"urn:uuid:{processId.ToString("D", CultureInfo.InvariantCulture)}"),
            new XAttribute("exporter", "PracticeNetwork"),
            new XAttribute("exporterVersion", "1.0"),
            new XElement(Model + "collaboration",
                new XAttribute("id", collaborationId),
                new XElement(Model + "participant",
                    new XAttribute("id", participantId),
                    new XAttribute("name", input.Name),
                    new XAttribute("processRef", processIdText))),
            process,
            new XElement(BpmnDi + "BPMNDiagram",
                new XAttribute("id", $"BPMNDiagram_{key}"),
                new XAttribute("name", input.Name),
                plane));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), definitions);
    }

    /// <summary>
    /// The flow nodes' ids: the events' fixed ones, a task's from its step's id. Should two steps share an id (the
    /// validator does not let them), the later one gets its position appended, so that ids stay unique.
    /// </summary>
    private static List<string> NodeIds(ProcessLayout layout)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var node in layout.Nodes)
        {
            var id = node.Kind switch
            {
                LayoutNodeKind.Start => "StartEvent_1",
                LayoutNodeKind.End => "EndEvent_1",
                _ => $"Task_{node.Step!.Id.ToString("N", CultureInfo.InvariantCulture)}",
            };
            if (!used.Add(id))
            {
                id = $"{id}_{node.Order.ToString(CultureInfo.InvariantCulture)}";
                used.Add(id);
            }

            ids.Add(id);
        }

        return ids;
    }

    private static XElement Task(string id, ProcessStep step, ProcessDiagramInput input, BpmnTexts texts)
    {
        var task = new XElement(Model + "task", new XAttribute("id", id), new XAttribute("name", step.Name));
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(step.Description))
        {
            lines.Add(step.Description.Trim());
        }

        if (!string.IsNullOrWhiteSpace(step.System))
        {
            lines.Add($"{texts.System}: {step.System.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(step.TypicalDuration))
        {
            lines.Add($"{texts.Duration}: {step.TypicalDuration.Trim()}");
        }

        lines.AddRange(input.BottlenecksAt(step.Id).Select(bottleneck => $"{texts.Bottleneck}: {bottleneck}"));
        if (lines.Count > 0)
        {
            task.Add(new XElement(Model + "documentation", string.Join("\n", lines)));
        }

        return task;
    }

    private static XElement Shape(string element, LayoutBox bounds, bool horizontal = false, LayoutBox? label = null)
    {
        var shape = new XElement(BpmnDi + "BPMNShape",
            new XAttribute("id", $"{element}_di"),
            new XAttribute("bpmnElement", element),
            horizontal ? new XAttribute("isHorizontal", "true") : null,
            Bounds(bounds));
        if (label is { } labelBounds)
        {
            shape.Add(new XElement(BpmnDi + "BPMNLabel", Bounds(labelBounds)));
        }

        return shape;
    }

    private static XElement Bounds(LayoutBox box) =>
        new(Dc + "Bounds",
            new XAttribute("x", Number(box.X)), new XAttribute("y", Number(box.Y)),
            new XAttribute("width", Number(box.Width)), new XAttribute("height", Number(box.Height)));

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A string writer that says UTF-8, so that the XML declaration does too.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
