using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>
/// A process description ("prosessikuvaus"), owned by one municipality: its content goes through the shared
/// lifecycle; its KPIs are part of the same item, their measurements rows of their own (<see cref="KpiMeasurement"/>).
/// </summary>
public sealed class ProcessDescription : ContentItem<ProcessContent>
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private ProcessDescription()
    {
    }
#pragma warning restore CS8618

    public ProcessDescription(ProcessContent content, Guid createdBy, DateTimeOffset now)
        : this(Guid.NewGuid(), content, createdBy, now)
    {
    }

    internal ProcessDescription(Guid id, ProcessContent content, Guid createdBy, DateTimeOffset now)
        : base(id, createdBy, now) => Apply(content);

    public string Summary { get; private set; }

    public string Purpose { get; private set; }

    public string Unit { get; private set; }

    public string ProcessOwner { get; private set; }

    public string StartEvent { get; private set; }

    public string EndEvent { get; private set; }

    public string Language { get; private set; }

    public List<string> Inputs { get; private set; } = [];

    public List<string> Outputs { get; private set; } = [];

    public List<string> Customers { get; private set; } = [];

    public List<ProcessStep> Steps { get; private set; } = [];

    public List<Bottleneck> Bottlenecks { get; private set; } = [];

    public List<Guid> RelatedPractices { get; private set; } = [];

    public List<Guid> RelatedProjects { get; private set; } = [];

    public List<ProcessThemeEntry> ThemeEntries { get; private set; } = [];

    public List<ContactPerson> Contacts { get; private set; } = [];

    public List<ContentLink> Links { get; private set; } = [];

    public List<ProcessKpi> Kpis { get; private set; } = [];

    public override ProcessContent Content => new(Title, Summary, Purpose, Unit, ProcessOwner, StartEvent, EndEvent,
        [.. Inputs], [.. Outputs], [.. Customers], [.. Steps], [.. Bottlenecks], [.. RelatedPractices], [.. RelatedProjects],
        Language, Audience, [.. ThemeEntries.Select(entry => entry.Theme).Order()], [.. Contacts], [.. Links]);

    public ProcessKpi? Kpi(Guid kpiId) => Kpis.SingleOrDefault(kpi => kpi.Id == kpiId);

    public ProcessKpi AddKpi(KpiFields fields, DateTimeOffset now) => AddKpi(Guid.NewGuid(), fields, now);

    internal ProcessKpi AddKpi(Guid id, KpiFields fields, DateTimeOffset now)
    {
        var kpi = new ProcessKpi(id, ProcessKpi.Normalise(fields), now);
        Kpis.Add(kpi);
        Touch(now);
        return kpi;
    }

    public void RemoveKpi(ProcessKpi kpi, DateTimeOffset now)
    {
        Kpis.Remove(kpi);
        Touch(now);
    }

    protected override ProcessContent Normalised(ProcessContent content) => Normalise(content);

    public static ProcessContent Normalise(ProcessContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content with
        {
            Title = content.Title.Trim(),
            Summary = content.Summary.Trim(),
            Purpose = content.Purpose.Trim(),
            Unit = content.Unit.Trim(),
            ProcessOwner = content.ProcessOwner.Trim(),
            StartEvent = content.StartEvent.Trim(),
            EndEvent = content.EndEvent.Trim(),
            Inputs = Lines(content.Inputs),
            Outputs = Lines(content.Outputs),
            Customers = Lines(content.Customers),
            Steps = [.. content.Steps.Select(step => step with
            {
                Name = step.Name.Trim(),
                Description = step.Description.Trim(),
                Lane = step.Lane.Trim(),
                System = ContentParts.Blank(step.System),
                TypicalDuration = ContentParts.Blank(step.TypicalDuration),
            })],
            Bottlenecks = [.. content.Bottlenecks.Select(bottleneck => new Bottleneck(bottleneck.Description.Trim(), [.. bottleneck.StepIds.Distinct()]))],
            RelatedPractices = [.. content.RelatedPractices.Distinct()],
            RelatedProjects = [.. content.RelatedProjects.Distinct()],
            Themes = [.. content.Themes.Distinct().Order()],
            Contacts = ContentParts.Contacts(content.Contacts),
            Links = ContentParts.Links(content.Links),
        };
    }

    private static List<string> Lines(IEnumerable<string> values) =>
        [.. values.Select(value => value.Trim()).Where(value => value.Length > 0).Distinct(StringComparer.Ordinal)];

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Summary), nameof(Purpose), nameof(Unit), nameof(ProcessOwner),
        nameof(StartEvent), nameof(EndEvent), nameof(Language))]
    protected override void Apply(ProcessContent content)
    {
        var normal = Normalise(content);
        Title = normal.Title;
        Summary = normal.Summary;
        Purpose = normal.Purpose;
        Unit = normal.Unit;
        ProcessOwner = normal.ProcessOwner;
        StartEvent = normal.StartEvent;
        EndEvent = normal.EndEvent;
        Language = normal.Language;
        Audience = normal.Audience;
        Inputs = [.. normal.Inputs];
        Outputs = [.. normal.Outputs];
        Customers = [.. normal.Customers];
        Steps = [.. normal.Steps];
        Bottlenecks = [.. normal.Bottlenecks];
        RelatedPractices = [.. normal.RelatedPractices];
        RelatedProjects = [.. normal.RelatedProjects];
        ThemeEntries.RemoveAll(entry => !normal.Themes.Contains(entry.Theme));
        ThemeEntries.AddRange(normal.Themes.Where(theme => ThemeEntries.All(entry => entry.Theme != theme)).Select(theme => new ProcessThemeEntry(theme)));
        Contacts = [.. normal.Contacts];
        Links = [.. normal.Links];
    }
}

public sealed class ProcessThemeEntry(Theme theme)
{
    public Theme Theme { get; private set; } = theme;
}
