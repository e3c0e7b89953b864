using System.Text.Json.Serialization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One process description of the demo network, as its file in <c>Demo/Content/processes/</c> states it: the shared
/// front matter (<see cref="DemoItem"/>), the process's fields, its ordered steps (each with a <c>key</c> that fixes its
/// id, and the lane of the role that performs it), bottlenecks naming steps by key, related practices and projects by
/// their keys, and KPIs whose values are generated from a small spec (<see cref="DemoMeasurementSeries"/>).
/// </summary>
internal sealed record DemoProcess : DemoItem, IDemoItem
{
    public static DemoItemKind Kind { get; } = new(
        "process",
        "processes",
        ["title", "summary", "purpose"],
        FilesField: "attachments",
        FileIdKind: "process-attachment");

    /// <summary>The organisational unit that runs the process.</summary>
    public required string Unit { get; init; }

    public required string ProcessOwner { get; init; }

    public required string StartEvent { get; init; }

    public required string EndEvent { get; init; }

    public IReadOnlyList<string> Inputs { get; init; } = [];

    public IReadOnlyList<string> Outputs { get; init; } = [];

    public IReadOnlyList<string> Customers { get; init; } = [];

    public required IReadOnlyList<DemoStep> Steps { get; init; }

    public IReadOnlyList<DemoBottleneck> Bottlenecks { get; init; } = [];

    /// <summary>Keys of demo practices (files in <c>practices/</c>).</summary>
    public IReadOnlyList<string> RelatedPractices { get; init; } = [];

    /// <summary>Keys of demo projects (files in <c>projects/</c>).</summary>
    public IReadOnlyList<string> RelatedProjects { get; init; } = [];

    public IReadOnlyList<DemoKpi> Kpis { get; init; } = [];

    [JsonIgnore]
    public override IReadOnlyList<DemoFileEntry> FileEntries => [];

    public ProcessContent Content => new(
        Text("title"), Text("summary"), Text("purpose"), Unit, ProcessOwner, StartEvent, EndEvent, Inputs, Outputs, Customers,
        [.. Steps.Select(step => new ProcessStep(StepId(step.Key), step.Name, step.Description, step.Lane, step.System, step.TypicalDuration))],
        [.. Bottlenecks.Select(bottleneck => new Bottleneck(bottleneck.Description, [.. bottleneck.Steps.Select(StepId)]))],
        [.. RelatedPractices.Select(key => StableId(DemoPractice.Kind.Type, key))],
        [.. RelatedProjects.Select(key => StableId(DemoProject.Kind.Type, key))],
        Language, Audience, Themes, Contacts, Links);

    public Guid StepId(string key) => StableId("process-step", $"{Key}/{key}");

    public Guid KpiId(DemoKpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return StableId("process-kpi", $"{Key}/{kpi.Key}");
    }

    /// <summary>
    /// The format's own checks: keys that fix ids are unique, bottlenecks and links name what exists, a KPI linked to the
    /// network catalogue measures as the catalogue does, and every generated value is one a reader would believe.
    /// What the process import does not carry (archiving, review history, awards) is refused rather than lost.
    /// </summary>
    public override void Check(DemoContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        NotCarried(file, "archived", Archived is not null || Status == PublicationStatus.Archived);
        NotCarried(file, "moved", Moved is not null);
        NotCarried(file, "reviewComment", ReviewComment is not null);
        NotCarried(file, "awards", Awards.Count > 0);
        Unique(file, "steps", Steps.Select(step => step.Key), "the key fixes the step's id");
        Unique(file, "kpis", Kpis.Select(kpi => kpi.Key), "the key fixes the KPI's id");
        var steps = Steps.Select(step => step.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (bottleneck, index) in Bottlenecks.Select((bottleneck, index) => (bottleneck, index)))
        {
            if (bottleneck.Steps.Count == 0 || bottleneck.Steps.Any(key => !steps.Contains(key)))
            {
                throw file.Error($"bottlenecks[{index}].steps", $"name one or more steps by key ({string.Join(", ", steps)})");
            }
        }

        Exist(file, "relatedPractices", RelatedPractices, DemoPractice.Kind.Folder);
        Exist(file, "relatedProjects", RelatedProjects, DemoProject.Kind.Folder);
        foreach (var (kpi, index) in Kpis.Select((kpi, index) => (kpi, index)))
        {
            kpi.Check(file, $"kpis[{index}]");
        }
    }

    private static void NotCarried(DemoContentFile file, string field, bool given)
    {
        if (given)
        {
            throw file.Error(field, "a process import does not carry it: leave it out");
        }
    }

    private static void Unique(DemoContentFile file, string list, IEnumerable<string> keys, string why)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, index) in keys.Select((key, index) => (key, index)))
        {
            if (!seen.Add(key))
            {
                throw file.Error($"{list}[{index}].key", $"\"{key}\" appears twice: {why}");
            }
        }
    }

    private static void Exist(DemoContentFile file, string list, IReadOnlyList<string> keys, string folder)
    {
        foreach (var (key, index) in keys.Select((key, index) => (key, index)))
        {
            if (!DemoContentFiles.Exists($"{folder}/{key}.md"))
            {
                throw file.Error($"{list}[{index}]", $"there is no demo file {folder}/{key}.md");
            }
        }
    }
}

/// <summary>One step of a demo process, in the order the process runs; the lane is the performer's role.</summary>
internal sealed record DemoStep
{
    /// <summary>Unique within the process: the step's id comes from it, and bottlenecks name it.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Lane { get; init; }

    public string? System { get; init; }

    public string? TypicalDuration { get; init; }
}

internal sealed record DemoBottleneck
{
    public required string Description { get; init; }

    /// <summary>The keys of the steps where it is felt.</summary>
    public required IReadOnlyList<string> Steps { get; init; }
}

/// <summary>A KPI of a demo process; <see cref="NetworkKpi"/> is a code of the network catalogue, such as "sales-invoice-processing-days".</summary>
internal sealed record DemoKpi
{
    /// <summary>Unique within the process: the KPI's id comes from it.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Definition { get; init; }

    public string Formula { get; init; } = string.Empty;

    public required string Unit { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    public required KpiDirection Direction { get; init; }

    public required KpiFrequency Frequency { get; init; }

    public required string DataSource { get; init; }

    public required string Owner { get; init; }

    public string? NetworkKpi { get; init; }

    public required DemoMeasurementSeries Measurements { get; init; }

    public NetworkKpiDefinition? NetworkDefinition => NetworkKpiCatalogue.All.FirstOrDefault(definition => definition.Code == NetworkKpi);

    public KpiFields Fields => new(Name, Definition, Formula, Unit, Baseline, Target, Direction, Frequency, DataSource, Owner, NetworkDefinition?.Id);

    /// <summary>The KPI's values, one per period, as its spec generates them.</summary>
    public IReadOnlyList<DemoMeasurement> Values() => Measurements.Generate(Frequency, Direction);

    public void Check(DemoContentFile file, string field)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (NetworkKpi is not null)
        {
            var network = NetworkDefinition ?? throw file.Error($"{field}.networkKpi",
                $"no such network KPI; the codes are {string.Join(", ", NetworkKpiCatalogue.All.Select(definition => definition.Code))}");
            if (!string.Equals(Unit, network.Unit, StringComparison.Ordinal) || Direction != network.Direction || Frequency != network.Frequency)
            {
                throw file.Error($"{field}.networkKpi", $"the network KPI {network.Code} is measured in \"{network.Unit}\", "
                    + $"{network.Direction}, {network.Frequency}: the KPI's unit, direction and frequency must be the same");
            }
        }

        Measurements.Check(file, $"{field}.measurements", Frequency, Direction, Unit);
    }
}
