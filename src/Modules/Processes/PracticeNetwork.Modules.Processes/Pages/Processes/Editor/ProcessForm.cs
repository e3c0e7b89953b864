using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Editor;

/// <summary>
/// What the process editor posts, field names as in the API (<c>title</c>, <c>steps[2].lane</c>,
/// <c>bottlenecks[0].description</c>), so that the module's validation errors land on the inputs they are about.
/// Everything is kept as typed; the lists of names (inputs, outputs, customers, related items) are one per line.
/// </summary>
public sealed class ProcessForm
{
    public const int MaxContacts = 10;
    public const int MaxLinks = 20;

    public static readonly IReadOnlyList<string> RowLists = ["steps", "bottlenecks", "contacts", "links"];

    /// <summary>The module's field errors by the inputs, in the order the form shows them.</summary>
    public static readonly FieldErrors Errors = new(
    [
        "title", "summary", "purpose", "unit", "processOwner", "startEvent", "endEvent", "inputs", "outputs", "customers",
        "steps", "bottlenecks", "relatedPractices", "relatedProjects", "language", "audience", "themes", "contacts", "links",
    ], RowLists);

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Purpose { get; set; }

    public string? Unit { get; set; }

    public string? ProcessOwner { get; set; }

    public string? StartEvent { get; set; }

    public string? EndEvent { get; set; }

    public string? Inputs { get; set; }

    public string? Outputs { get; set; }

    public string? Customers { get; set; }

    public List<StepRow> Steps { get; set; } = [];

    public List<BottleneckRow> Bottlenecks { get; set; } = [];

    /// <summary>Ids of related good practices, one per line.</summary>
    public string? RelatedPractices { get; set; }

    public string? RelatedProjects { get; set; }

    public string? Language { get; set; }

    public Audience? Audience { get; set; }

    public List<Theme> Themes { get; set; } = [];

    public List<ContactRow> Contacts { get; set; } = [];

    public List<LinkRow> Links { get; set; } = [];

    /// <summary>The steps that say something, in order: those a bottleneck may point at.</summary>
    public IReadOnlyList<StepRow> FilledSteps => [.. Steps.Where(step => !step.IsEmpty)];

    public static ProcessForm ForNewProcess(string language) => new ProcessForm
    {
        Language = language,
        Audience = Content.Contracts.Audience.Network,
    }.WithEmptyRows();

    public static ProcessForm From(ProcessContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ProcessForm
        {
            Title = content.Title,
            Summary = content.Summary,
            Purpose = content.Purpose,
            Unit = content.Unit,
            ProcessOwner = content.ProcessOwner,
            StartEvent = content.StartEvent,
            EndEvent = content.EndEvent,
            Inputs = Lines(content.Inputs),
            Outputs = Lines(content.Outputs),
            Customers = Lines(content.Customers),
            Steps = [.. content.Steps.Select(StepRow.From)],
            Bottlenecks = [.. content.Bottlenecks.Select(BottleneckRow.From)],
            RelatedPractices = Lines(content.RelatedPractices.Select(id => id.ToString())),
            RelatedProjects = Lines(content.RelatedProjects.Select(id => id.ToString())),
            Language = content.Language,
            Audience = content.Audience,
            Themes = [.. content.Themes],
            Contacts = [.. content.Contacts.Select(ContactRow.From)],
            Links = [.. content.Links.Select(LinkRow.From)],
        }.WithEmptyRows();
    }

    /// <summary>Drops the empty rows and adds fresh ones (more for <paramref name="moreRowsFor"/>): row i of the form is item i of the content.</summary>
    public ProcessForm WithEmptyRows(string? moreRowsFor = null)
    {
        Steps = FormRows.Pad(Steps, ProcessLimits.MaxSteps, moreRowsFor == "steps");
        Bottlenecks = FormRows.Pad(Bottlenecks, ProcessLimits.MaxBottlenecks, moreRowsFor == "bottlenecks");
        Contacts = FormRows.Pad(Contacts, MaxContacts, moreRowsFor == "contacts");
        Links = FormRows.Pad(Links, MaxLinks, moreRowsFor == "links");
        return this;
    }

    /// <summary>
    /// Moves or removes the filled step at <paramref name="index"/> ("up", "down" or "remove"); the steps keep their
    /// ids, so the bottlenecks go on pointing at them (a removed step's marks go with it).
    /// </summary>
    public void ChangeStep(string action, int index)
    {
        var steps = FilledSteps.ToList();
        if (index < 0 || index >= steps.Count)
        {
            return;
        }

        var target = action switch
        {
            "up" => index - 1,
            "down" => index + 1,
            _ => -1,
        };
        if (action == "remove")
        {
            steps.RemoveAt(index);
        }
        else if (target >= 0 && target < steps.Count)
        {
            (steps[index], steps[target]) = (steps[target], steps[index]);
        }

        Steps = steps;
    }

    /// <summary>What the preview draws: the steps and bottlenecks as they would be saved.</summary>
    public ProcessDiagramInput DiagramInput()
    {
        var steps = StepsToSend();
        return new ProcessDiagramInput(Title?.Trim() ?? string.Empty, StartEvent?.Trim() ?? string.Empty, EndEvent?.Trim() ?? string.Empty,
            steps, BottlenecksToSend(steps));
    }

    /// <summary>
    /// The content to send. A missing choice goes out as an invalid value, so that the module reports every problem at
    /// once under the field's own name; only an id that is not one is refused here, by the same field names.
    /// </summary>
    public ProcessContent ToContent()
    {
        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IReadOnlyList<Guid> Ids(string? text, string field)
        {
            var ids = new List<Guid>();
            foreach (var line in Entries(text))
            {
                if (RelatedItemIds.In(line) is { } id)
                {
                    ids.Add(id);
                }
                else
                {
                    unreadable[field] = ["Give each item's address, or the id it ends with, on a line of its own."];
                }
            }

            return ids;
        }

        var practices = Ids(RelatedPractices, "relatedPractices");
        var projects = Ids(RelatedProjects, "relatedProjects");
        if (unreadable.Count > 0)
        {
            throw new RequestValidationException(unreadable);
        }

        var steps = StepsToSend();
        return new ProcessContent(
            Title ?? string.Empty,
            Summary ?? string.Empty,
            Purpose ?? string.Empty,
            Unit?.Trim() ?? string.Empty,
            ProcessOwner?.Trim() ?? string.Empty,
            StartEvent?.Trim() ?? string.Empty,
            EndEvent?.Trim() ?? string.Empty,
            Entries(Inputs),
            Entries(Outputs),
            Entries(Customers),
            steps,
            BottlenecksToSend(steps),
            [.. practices.Distinct()],
            [.. projects.Distinct()],
            Language ?? string.Empty,
            Audience ?? (Audience)(-1),
            [.. Themes.Distinct()],
            FormRows.Items(Contacts, (ContactRow row) => row.ToContact()),
            FormRows.Items(Links, (LinkRow row) => row.ToLink()));
    }

    private List<ProcessStep> StepsToSend() => [.. FilledSteps.Select(row => row.ToStep())];

    /// <summary>A bottleneck keeps only its marks on steps that are sent (not on a removed or empty row).</summary>
    private List<Bottleneck> BottlenecksToSend(IReadOnlyList<ProcessStep> steps)
    {
        var ids = steps.Select(step => step.Id).ToHashSet();
        return [.. FormRows.Items(Bottlenecks, (BottleneckRow row) => row.ToBottleneck(ids))];
    }

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    private static List<string> Entries(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}

/// <summary>
/// One step row. <see cref="Id"/> goes back and forth in a hidden field, so a step keeps its id (and its bottlenecks)
/// when it is edited or moved; a fresh row gets one when it is made.
/// </summary>
public sealed class StepRow : IFormRow
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Lane { get; set; }

    public string? System { get; set; }

    public string? TypicalDuration { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Lane)
        && string.IsNullOrWhiteSpace(System) && string.IsNullOrWhiteSpace(TypicalDuration);

    public static StepRow From(ProcessStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new StepRow
        {
            Id = step.Id, Name = step.Name, Description = step.Description, Lane = step.Lane, System = step.System, TypicalDuration = step.TypicalDuration,
        };
    }

    public ProcessStep ToStep() => new(
        Id == Guid.Empty ? Guid.NewGuid() : Id,
        Name?.Trim() ?? string.Empty,
        Description?.Trim() ?? string.Empty,
        Lane?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(System) ? null : System.Trim(),
        string.IsNullOrWhiteSpace(TypicalDuration) ? null : TypicalDuration.Trim());
}

/// <summary>One bottleneck row: what slows the process down, and a ticked box for each step where it is felt.</summary>
public sealed class BottleneckRow : IFormRow
{
    public string? Description { get; set; }

    public List<Guid> Steps { get; set; } = [];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && Steps.Count == 0;

    public static BottleneckRow From(Bottleneck bottleneck)
    {
        ArgumentNullException.ThrowIfNull(bottleneck);
        return new BottleneckRow { Description = bottleneck.Description, Steps = [.. bottleneck.StepIds] };
    }

    public Bottleneck ToBottleneck(IReadOnlySet<Guid> stepIds) =>
        new(Description?.Trim() ?? string.Empty, [.. Steps.Distinct().Where(stepIds.Contains)]);
}
