using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>A search in words, for a follow button, the list of follows and a digest's "why you got this".</summary>
public sealed class SearchDescription(IStringLocalizer<SearchResource> texts, IStringLocalizer<Web.ContentResource> content)
{
    public string Of(SearchItems request, MunicipalityLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lookup);
        var filters = request.Filters;
        var parts = new List<string>();
        if (request.Text is { } text)
        {
            parts.Add($"”{text}”");
        }

        parts.AddRange(filters.Kinds.Select(kind => texts[$"Kind.{kind}"].Value));
        parts.AddRange(filters.Themes.Select(theme => content[$"Theme.{theme}"].Value));
        parts.AddRange(filters.Regions.Select(code => lookup.Region(code) is { } region ? MunicipalityNames.Of(region.Region) : code));
        parts.AddRange(filters.Municipalities.Select(lookup.NameOf));
        parts.AddRange(filters.Stages.Select(stage => texts[$"Stage.{stage}"].Value));
        parts.AddRange(filters.EvidenceLevels.Select(level => texts[$"Evidence.{level}"].Value));
        parts.AddRange(filters.Years.Select(year => year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (filters.HasKpis is { } hasKpis)
        {
            parts.Add(texts[$"HasKpis.{(hasKpis ? "true" : "false")}"]);
        }

        if (filters.IncludeArchived)
        {
            parts.Add(texts["Search.IncludeArchived"]);
        }

        return parts.Count == 0 ? texts["Saved.Everything"] : string.Join(", ", parts);
    }
}
