using System.Text.Json.Serialization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One good practice of the demo network, as its file in <c>Demo/Content/practices/</c> states it: who wrote it (a
/// demo account, or the municipality's fictional demo author), where it is in the workflow and when it got there, and
/// its content. The front matter fields are the shared ones (<see cref="DemoItem"/>) and those below.
/// </summary>
internal sealed record DemoPractice : DemoItem, IDemoItem
{
    public static DemoItemKind Kind { get; } = new(
        "practice",
        "practices",
        ["title", "summary", "needAndGoals", "solution", "resultsAndEvidence", "resourcesAndCosts", "conditionsForAdoption"],
        FilesField: "attachments",
        FileIdKind: "attachment");

    public required PracticeStage Stage { get; init; }

    public required EvidenceLevel EvidenceLevel { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<TargetGroup> TargetGroups { get; init; } = [];

    /// <summary>The key of the demo project that produced the practice (a file in <c>projects/</c>).</summary>
    public string? OriginProject { get; init; }

    public IReadOnlyList<DemoFileEntry> Attachments { get; init; } = [];

    [JsonIgnore]
    public override IReadOnlyList<DemoFileEntry> FileEntries => Attachments;

    public PracticeContent Content => new(
        Text("title"), Text("summary"), Text("needAndGoals"), Text("solution"), Text("resultsAndEvidence"), Text("resourcesAndCosts"),
        Text("conditionsForAdoption"), Stage, EvidenceLevel, Language, Audience, Themes, Tags, TargetGroups, Contacts, Links, Awards,
        OriginProject is null ? null : StableId(DemoProject.Kind.Type, OriginProject));

    public override void Check(DemoContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var project = $"{DemoProject.Kind.Folder}/{OriginProject}.md";
        if (OriginProject is not null && !DemoContentFiles.Exists(project))
        {
            throw file.Error("originProject", $"there is no demo project {project}");
        }
    }
}
