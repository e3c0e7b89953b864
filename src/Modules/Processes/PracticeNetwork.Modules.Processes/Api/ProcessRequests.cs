using System.ComponentModel.DataAnnotations;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>One step in a request; a step without an id is new and gets one (give the id to keep a bottleneck pointing at it).</summary>
internal sealed record ProcessStepRequest(Guid? Id, string? Name, string? Description, string? Lane, string? System, string? TypicalDuration);

/// <summary>A bottleneck in a request: its description and the ids — or, for steps new in the same request, the positions (0-based) — of its steps.</summary>
internal sealed record BottleneckRequest(string? Description, IReadOnlyList<Guid>? StepIds, IReadOnlyList<int>? StepIndexes);

/// <summary>
/// The body of POST and PUT: the process's content, field for field the <c>content</c> of a GET. Lists may be left
/// out (empty); the audience must be given, so that nothing is picked for the caller. Everything else is checked by
/// the Processes module, with the same field names.
/// </summary>
internal sealed class ProcessContentRequest
{
    [Required]
    public string? Title { get; init; }

    [Required]
    public string? Summary { get; init; }

    [Required]
    public string? Purpose { get; init; }

    [Required]
    public string? Unit { get; init; }

    [Required]
    public string? ProcessOwner { get; init; }

    [Required]
    public string? StartEvent { get; init; }

    [Required]
    public string? EndEvent { get; init; }

    public IReadOnlyList<string>? Inputs { get; init; }

    public IReadOnlyList<string>? Outputs { get; init; }

    public IReadOnlyList<string>? Customers { get; init; }

    public IReadOnlyList<ProcessStepRequest>? Steps { get; init; }

    public IReadOnlyList<BottleneckRequest>? Bottlenecks { get; init; }

    public IReadOnlyList<Guid>? RelatedPractices { get; init; }

    public IReadOnlyList<Guid>? RelatedProjects { get; init; }

    [Required]
    public string? Language { get; init; }

    [Required]
    public Audience? Audience { get; init; }

    [Required]
    public IReadOnlyList<Theme>? Themes { get; init; }

    public IReadOnlyList<ContactPerson>? Contacts { get; init; }

    public IReadOnlyList<ContentLink>? Links { get; init; }

    public ProcessContent ToContent()
    {
        var fields = new RequestFields();
        var audience = fields.Required(Audience, "audience", "Choose who may open the process once it is published.");
        var steps = (Steps ?? []).Select(step => new ProcessStep(step?.Id ?? Guid.NewGuid(), step?.Name ?? string.Empty, step?.Description ?? string.Empty,
            step?.Lane ?? string.Empty, step?.System, step?.TypicalDuration)).ToList();
        var bottlenecks = new List<Bottleneck>();
        foreach (var (bottleneck, index) in (Bottlenecks ?? []).Select((bottleneck, index) => (bottleneck, index)))
        {
            var ids = new List<Guid>(bottleneck?.StepIds ?? []);
            foreach (var position in bottleneck?.StepIndexes ?? [])
            {
                if (position < 0 || position >= steps.Count)
                {
                    fields.Fail($"bottlenecks[{index}].stepIndexes", $"There is no step {position} (the steps are numbered from 0).");
                    continue;
                }

                ids.Add(steps[position].Id);
            }

            bottlenecks.Add(new Bottleneck(bottleneck?.Description ?? string.Empty, ids));
        }

        fields.ThrowIfInvalid();
        return new ProcessContent(Title ?? string.Empty, Summary ?? string.Empty, Purpose ?? string.Empty, Unit ?? string.Empty,
            ProcessOwner ?? string.Empty, StartEvent ?? string.Empty, EndEvent ?? string.Empty, Inputs ?? [], Outputs ?? [], Customers ?? [],
            steps, bottlenecks, RelatedPractices ?? [], RelatedProjects ?? [], Language ?? string.Empty, audience, Themes ?? [], Contacts ?? [], Links ?? []);
    }
}

/// <summary>A KPI in a request: the choices must be given; <see cref="NetworkKpi"/> is a catalogue code or id.</summary>
internal sealed class KpiRequest
{
    [Required]
    public string? Name { get; init; }

    [Required]
    public string? Definition { get; init; }

    public string? Formula { get; init; }

    [Required]
    public string? Unit { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    [Required]
    public KpiDirection? Direction { get; init; }

    [Required]
    public KpiFrequency? Frequency { get; init; }

    public string? DataSource { get; init; }

    public string? Owner { get; init; }

    public Guid? NetworkKpiId { get; init; }

    public KpiFields ToFields()
    {
        var fields = new RequestFields();
        var direction = fields.Required(Direction, "direction", "Say which way is better: HigherIsBetter or LowerIsBetter.");
        var frequency = fields.Required(Frequency, "frequency", "Say how often it is measured: Monthly, Quarterly or Yearly.");
        fields.ThrowIfInvalid();
        return new KpiFields(Name ?? string.Empty, Definition ?? string.Empty, Formula ?? string.Empty, Unit ?? string.Empty, Baseline, Target,
            direction, frequency, DataSource ?? string.Empty, Owner ?? string.Empty, NetworkKpiId);
    }
}

/// <summary>One value: the period as ISO ("2024-03", "2024-Q1", "2024") and the number (JSON number, dot decimals).</summary>
internal sealed record MeasurementRequest(string? Period, decimal? Value, string? Note);
