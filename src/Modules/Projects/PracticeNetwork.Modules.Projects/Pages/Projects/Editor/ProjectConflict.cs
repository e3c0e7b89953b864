using System.Globalization;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Projects.Pages.Projects.Editor;

/// <summary>A project saved by someone else first, against the editor's own input (<see cref="EditConflict"/>).</summary>
public static class ProjectConflict
{
    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal) { "title", "summary", "needAndGoals", "solution", "results" };

    public static EditConflict Between(
        ProjectDetails saved, ProjectContent yours, string? savedBy, IStringLocalizer<ProjectResource> names, IStringLocalizer<ContentResource> shared)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(yours);
        return EditConflict.Between(saved.UpdatedAt, savedBy, Describe(saved.Content, names, shared), Describe(yours, names, shared), Texts);
    }

    /// <summary>Every field as the reader would read it (choices by their names, rows one per line).</summary>
    private static List<(string Field, string Label, string Value)> Describe(
        ProjectContent content, IStringLocalizer<ProjectResource> names, IStringLocalizer<ContentResource> shared)
    {
        string Name(string key) => names[key].Value;
        string Shared(string key) => shared[key].Value;
        static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);
        static string Parts(params string?[] parts) => string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? string.Empty;
        (string, string, string) Field(string field, string value) => (field, Name($"Field.{field}"), value);
        return
        [
            Field("title", content.Title),
            Field("summary", content.Summary),
            Field("needAndGoals", content.NeedAndGoals),
            Field("solution", content.Solution),
            Field("results", content.Results),
            Field("status", Enum.IsDefined(content.Status) ? Name($"ProjectStatus.{content.Status}") : string.Empty),
            Field("startDate", Date(content.StartDate)),
            Field("endDate", Date(content.EndDate)),
            Field("language", Shared($"Language.{content.Language}")),
            Field("audience", Enum.IsDefined(content.Audience) ? Shared($"Audience.{content.Audience}") : string.Empty),
            Field("themes", string.Join(", ", content.Themes.Distinct().Order().Select(theme => Shared($"Theme.{theme}")))),
            Field("partners", Lines(content.Partners.Select(p => Parts(p.Name.Trim(), Enum.IsDefined(p.Kind) ? Name($"PartnerKind.{p.Kind}") : null, p.WebAddress?.Trim())))),
            Field("funding", Lines(content.Funding.Select(f => Parts(f.Source.Trim(), ReaderFormat.Money(f.Amount, f.Currency))))),
            Field("contacts", Lines(content.Contacts.Select(c => Parts(c.Name.Trim(), c.Title?.Trim(), c.Email?.Trim(), c.Phone?.Trim())))),
            Field("links", Lines(content.Links.Select(l => Parts(l.Title.Trim(), l.Url.Trim())))),
            Field("awards", Lines(content.Awards.Select(a => Parts(a.Name.Trim(), a.Year.ToString(CultureInfo.InvariantCulture), a.GrantedBy?.Trim())))),
        ];
    }
}
