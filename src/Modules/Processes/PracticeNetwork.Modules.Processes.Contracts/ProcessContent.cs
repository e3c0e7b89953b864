using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>
/// One step of a process, in the order the process runs. <paramref name="Lane"/> is the performer's role: the steps of
/// one role share a lane in the swimlane diagram. <paramref name="Id"/> stays the same across edits, so that
/// bottlenecks keep pointing at their steps.
/// </summary>
public sealed record ProcessStep(Guid Id, string Name, string Description, string Lane, string? System = null, string? TypicalDuration = null);

/// <summary>A known bottleneck of the process and the steps where it is felt.</summary>
public sealed record Bottleneck(string Description, IReadOnlyList<Guid> StepIds);

/// <summary>
/// A process description ("prosessikuvaus"): the shared fields, edited as a whole by the owner's authors and
/// reviewers (Markdown in <see cref="Purpose"/>). The KPIs and their measurements are kept apart, with their own history.
/// </summary>
public sealed record ProcessContent(
    string Title,
    string Summary,
    string Purpose,
    string Unit,
    string ProcessOwner,
    string StartEvent,
    string EndEvent,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<string> Customers,
    IReadOnlyList<ProcessStep> Steps,
    IReadOnlyList<Bottleneck> Bottlenecks,
    IReadOnlyList<Guid> RelatedPractices,
    IReadOnlyList<Guid> RelatedProjects,
    string Language,
    Audience Audience,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<ContactPerson> Contacts,
    IReadOnlyList<ContentLink> Links) : IContentFields<ProcessContent>
{
    public static IReadOnlySet<string> ClassificationFields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "themes", "steps", "unit" };

    /// <summary>The lanes in the order they first appear in the steps.</summary>
    public IReadOnlyList<string> Lanes() => [.. Steps.Select(step => step.Lane).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> ChangedFields(ProcessContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = new List<string>();
        void Check(string name, bool same)
        {
            if (!same)
            {
                changed.Add(name);
            }
        }

        Check("title", Title == other.Title);
        Check("summary", Summary == other.Summary);
        Check("purpose", Purpose == other.Purpose);
        Check("unit", Unit == other.Unit);
        Check("processOwner", ProcessOwner == other.ProcessOwner);
        Check("startEvent", StartEvent == other.StartEvent);
        Check("endEvent", EndEvent == other.EndEvent);
        Check("inputs", Inputs.SequenceEqual(other.Inputs));
        Check("outputs", Outputs.SequenceEqual(other.Outputs));
        Check("customers", Customers.SequenceEqual(other.Customers));
        Check("steps", Steps.SequenceEqual(other.Steps));
        Check("bottlenecks", Bottlenecks.Count == other.Bottlenecks.Count
            && Bottlenecks.Zip(other.Bottlenecks).All(pair => pair.First.Description == pair.Second.Description && pair.First.StepIds.SequenceEqual(pair.Second.StepIds)));
        Check("relatedPractices", RelatedPractices.SequenceEqual(other.RelatedPractices));
        Check("relatedProjects", RelatedProjects.SequenceEqual(other.RelatedProjects));
        Check("language", Language == other.Language);
        Check("audience", Audience == other.Audience);
        Check("themes", Themes.Order().SequenceEqual(other.Themes.Order()));
        Check("contacts", Contacts.SequenceEqual(other.Contacts));
        Check("links", Links.SequenceEqual(other.Links));
        return changed;
    }

    public IReadOnlyList<(string Field, string Text)> Texts() =>
    [
        ("title", Title), ("summary", Summary), ("purpose", Purpose),
        ("steps", string.Join("\n", Steps.Select((step, index) => $"{index + 1}. {step.Name} ({step.Lane}): {step.Description}"))),
    ];
}
