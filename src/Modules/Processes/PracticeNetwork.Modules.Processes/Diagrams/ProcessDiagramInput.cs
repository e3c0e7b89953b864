using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Diagrams;

/// <summary>
/// What the swimlane diagram and the BPMN export are drawn from: the process's name, its start and end events, the
/// steps in the order they run and the known bottlenecks (each pointing at its steps).
/// </summary>
public sealed record ProcessDiagramInput(
    string Name,
    string StartEvent,
    string EndEvent,
    IReadOnlyList<ProcessStep> Steps,
    IReadOnlyList<Bottleneck> Bottlenecks)
{
    public static ProcessDiagramInput Of(ProcessContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ProcessDiagramInput(content.Title, content.StartEvent, content.EndEvent, content.Steps, content.Bottlenecks);
    }

    /// <summary>The lanes (performer roles) in the order they first appear in the steps.</summary>
    public IReadOnlyList<string> Lanes() => [.. Steps.Select(step => step.Lane).Distinct(StringComparer.Ordinal)];

    /// <summary>The descriptions of the bottlenecks felt at <paramref name="stepId"/>, in the order they were written.</summary>
    public IReadOnlyList<string> BottlenecksAt(Guid stepId) =>
        [.. Bottlenecks.Where(bottleneck => bottleneck.StepIds.Contains(stepId)).Select(bottleneck => bottleneck.Description)];
}
