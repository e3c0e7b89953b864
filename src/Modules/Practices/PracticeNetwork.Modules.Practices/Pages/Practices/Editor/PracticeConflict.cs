using System.Globalization;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Practices.Pages.Practices.Editor;

/// <summary>A practice saved by someone else first, against the editor's own input (<see cref="EditConflict"/>).</summary>
public static class PracticeConflict
{
    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal)
    {
        "title", "summary", "needAndGoals", "solution", "resultsAndEvidence", "resourcesAndCosts", "conditionsForAdoption",
    };

    public static EditConflict Between(
        PracticeDetails saved, PracticeContent yours, string? savedBy, IStringLocalizer<PracticeResource> names, IStringLocalizer<ContentResource> shared)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return EditConflict.Between(saved.UpdatedAt, savedBy, Describe(saved.Content, names, shared), Describe(yours, names, shared), Texts);
    }

    /// <summary>Every field as the reader would read it (choices by their names, rows one per line).</summary>
    private static List<(string Field, string Label, string Value)> Describe(
        PracticeContent content, IStringLocalizer<PracticeResource> names, IStringLocalizer<ContentResource> shared)
    {
        string Name(string key) => names[key].Value;
        string Shared(string key) => shared[key].Value;
        static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);
        static string Parts(params string?[] parts) => string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        (string, string, string) Field(string field, string value) => (field, Name($"Field.{field}"), value);
        return
        [
            Field("title", content.Title),
            Field("summary", content.Summary),
            Field("needAndGoals", content.NeedAndGoals),
            Field("solution", content.Solution),
            Field("resultsAndEvidence", content.ResultsAndEvidence),
            Field("resourcesAndCosts", content.ResourcesAndCosts),
            Field("conditionsForAdoption", content.ConditionsForAdoption),
            Field("stage", Name($"Stage.{content.Stage}")),
            Field("evidenceLevel", Name($"EvidenceLevel.{content.EvidenceLevel}")),
            Field("language", Shared($"Language.{content.Language}")),
            Field("audience", Shared($"Audience.{content.Audience}")),
            Field("themes", string.Join(", ", content.Themes.Distinct().Order().Select(theme => Shared($"Theme.{theme}")))),
            Field("targetGroups", string.Join(", ", content.TargetGroups.Distinct().Order().Select(group => Shared($"TargetGroup.{group}")))),
            Field("tags", string.Join(", ", content.Tags.Select(tag => tag.Trim()))),
            Field("contacts", Lines(content.Contacts.Select(c => Parts(c.Name.Trim(), c.Title?.Trim(), c.Email?.Trim(), c.Phone?.Trim())))),
            Field("links", Lines(content.Links.Select(l => Parts(l.Title.Trim(), l.Url.Trim())))),
            Field("awards", Lines(content.Awards.Select(a => Parts(a.Name.Trim(), a.Year.ToString(CultureInfo.InvariantCulture), a.GrantedBy?.Trim())))),
        ];
    }
}
