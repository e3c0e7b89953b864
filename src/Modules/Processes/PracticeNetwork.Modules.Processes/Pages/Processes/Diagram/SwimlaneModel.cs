using Microsoft.Extensions.Localization;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;

/// <summary>
/// The swimlane diagram's words in the reader's language. <see cref="Title"/> takes the process's name;
/// <see cref="Description"/> the number of steps, lanes and bottlenecked steps, then the start and end events.
/// </summary>
public sealed record SwimlaneTexts(
    string Title,
    string Description,
    string StartEvent,
    string EndEvent,
    string Step,
    string Bottleneck,
    string Lane,
    string System,
    string Duration,
    string Legend)
{
    /// <summary>The diagram's words from the process texts (<c>Diagram.*</c>).</summary>
    public static SwimlaneTexts From(IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string Text(string key) => texts[$"Diagram.{key}"].Value;
        return new SwimlaneTexts(
            Text("Title"), Text("Description"), Text("StartEvent"), Text("EndEvent"), Text("Step"), Text("Bottleneck"),
            Text("Lane"), Text("System"), Text("Duration"), Text("Legend"));
    }
}

/// <summary>
/// One step as the ordered list beside the picture gives it: the same data as the picture, for every reader.
/// <paramref name="Bottlenecks"/> holds the descriptions of the bottlenecks felt at this step.
/// </summary>
public sealed record SwimlaneStep(
    int Order,
    Guid Id,
    string Name,
    string Description,
    string Lane,
    string? System,
    string? Duration,
    IReadOnlyList<string> Bottlenecks)
{
    public bool IsBottleneck => Bottlenecks.Count > 0;

    /// <summary>The id of the step's line in the list, unique on the page when the diagram's id is.</summary>
    public string Anchor(string diagramId) => $"{diagramId}-vaihe-{Order}";
}
