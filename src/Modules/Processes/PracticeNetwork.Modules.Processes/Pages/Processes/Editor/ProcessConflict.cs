using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Editor;

/// <summary>A process saved by someone else first, against the editor's own input (<see cref="EditConflict"/>).</summary>
public static class ProcessConflict
{
    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal) { "title", "summary", "purpose", "steps", "bottlenecks" };

    public static EditConflict Between(
        ProcessDetails saved, ProcessContent yours, string? savedBy, IStringLocalizer<ProcessEditorResource> names, IStringLocalizer<ContentResource> shared)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(yours);
        return EditConflict.Between(saved.UpdatedAt, savedBy, Describe(saved.Content, names, shared), Describe(yours, names, shared), Texts);
    }

    /// <summary>Every field as the reader would read it (choices by their names, rows one per line, steps in order).</summary>
    private static List<(string Field, string Label, string Value)> Describe(
        ProcessContent content, IStringLocalizer<ProcessEditorResource> names, IStringLocalizer<ContentResource> shared)
    {
        string Shared(string key) => shared[key].Value;
        static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);
        static string Parts(params string?[] parts) => string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        (string, string, string) Field(string field, string value) => (field, names[$"Field.{field}"].Value, value);
        var stepNumbers = content.Steps.Select((step, index) => (step.Id, Number: index + 1)).ToDictionary(pair => pair.Id, pair => pair.Number);
        string StepsOf(Bottleneck bottleneck) =>
            string.Join(", ", bottleneck.StepIds.Where(stepNumbers.ContainsKey).Select(id => names["Editor.StepNumber", stepNumbers[id]].Value));
        return
        [
            Field("title", content.Title),
            Field("summary", content.Summary),
            Field("purpose", content.Purpose),
            Field("unit", content.Unit),
            Field("processOwner", content.ProcessOwner),
            Field("startEvent", content.StartEvent),
            Field("endEvent", content.EndEvent),
            Field("inputs", Lines(content.Inputs)),
            Field("outputs", Lines(content.Outputs)),
            Field("customers", Lines(content.Customers)),
            Field("steps", Lines(content.Steps.Select((s, i) => $"{i + 1}. " + Parts(s.Name, s.Lane, s.Description, s.System, s.TypicalDuration)))),
            Field("bottlenecks", Lines(content.Bottlenecks.Select(b => Parts(b.Description, StepsOf(b))))),
            Field("relatedPractices", Lines(content.RelatedPractices.Select(id => id.ToString()))),
            Field("relatedProjects", Lines(content.RelatedProjects.Select(id => id.ToString()))),
            Field("language", Shared($"Language.{content.Language}")),
            Field("audience", Enum.IsDefined(content.Audience) ? Shared($"Audience.{content.Audience}") : string.Empty),
            Field("themes", string.Join(", ", content.Themes.Distinct().Order().Select(theme => Shared($"Theme.{theme}")))),
            Field("contacts", Lines(content.Contacts.Select(c => Parts(c.Name.Trim(), c.Title?.Trim(), c.Email?.Trim(), c.Phone?.Trim())))),
            Field("links", Lines(content.Links.Select(l => Parts(l.Title.Trim(), l.Url.Trim())))),
        ];
    }
}
