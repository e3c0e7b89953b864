using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>A search's parameters as they arrive, as text (repeatable ones as several values).</summary>
internal sealed record RawSearchParameters(
    string? Text,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Years,
    IReadOnlyList<string> EvidenceLevels,
    string? HasKpis,
    string? IncludeArchived,
    string? Sort,
    string? Page,
    string? PageSize);

/// <summary>What each parameter is called: Finnish on the pages (like their routes), English in the API.</summary>
internal sealed record SearchParameterNames(
    string Text, string Kind, string Municipality, string Region, string Theme, string Stage, string Year,
    string EvidenceLevel, string HasKpis, string IncludeArchived, string Sort, string Page, string PageSize)
{
    public static readonly SearchParameterNames Pages = new("q", "tyyppi", "kunta", "maakunta", "teema", "vaihe", "vuosi", "naytto", "mittarit", "arkistoidut", "jarjestys", "sivu", "koko");

    public static readonly SearchParameterNames Api = new("q", "kind", "municipality", "region", "theme", "stage", "year", "evidenceLevel", "hasKpis", "includeArchived", "sort", "page", "pageSize");
}

/// <summary>
/// Reads a search's parameters with the shared <see cref="ListParameters"/>: a bad value is an error under its own
/// name and is not applied (a page shows it, the API answers 400 with field errors).
/// </summary>
internal static class SearchParameters
{
    public const int MaxTextLength = 200;

    /// <summary>Stage or status values: a practice's stage or a project's status.</summary>
    public static readonly IReadOnlyList<string> Stages = [.. Enum.GetNames<PracticeStage>(), .. Enum.GetNames<ProjectStatus>()];

    public static (SearchItems Request, ListParameters Parsed) Read(
        RawSearchParameters raw, SearchParameterNames names, MunicipalityLookup lookup, bool clampPage)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(lookup);
        var parsed = new ListParameters();
        var text = parsed.Text(raw.Text, names.Text, MaxTextLength);
        var kinds = Known(parsed, raw.Kinds, names.Kind, SearchKinds.All);
        var municipalities = Values(raw.Municipalities).Select(code => lookup.ByCode(code)?.Id).ToList();
        if (municipalities.Contains(null))
        {
            parsed.Fail(names.Municipality, $"No municipality with the code {string.Join(", ", Values(raw.Municipalities).Where(code => lookup.ByCode(code) is null))}.");
        }

        var regions = Values(raw.Regions).ToList();
        if (regions.FirstOrDefault(code => lookup.Region(code) is null) is { } unknownRegion)
        {
            parsed.Fail(names.Region, $"No region with the code {unknownRegion}.");
        }

        var themes = Values(raw.Themes).Select(theme => parsed.Choice<Theme>(theme, names.Theme)).OfType<Theme>().ToList();
        var stages = Known(parsed, raw.Stages, names.Stage, Stages);
        var years = Values(raw.Years).Select(year => parsed.Number(year, names.Year, 1900, 2100)).OfType<int>().ToList();
        var evidence = Known(parsed, raw.EvidenceLevels, names.EvidenceLevel, Enum.GetNames<EvidenceLevel>());
        bool? hasKpis = string.IsNullOrWhiteSpace(raw.HasKpis) ? null : parsed.Flag(raw.HasKpis.Trim(), names.HasKpis);
        var archived = parsed.Flag(raw.IncludeArchived, names.IncludeArchived);
        var sort = parsed.Choice<SearchSort>(raw.Sort, names.Sort) ?? (text is null ? SearchSort.Newest : SearchSort.Relevance);
        var pageSize = parsed.PageSize(raw.PageSize, names.PageSize);
        var page = parsed.Page(raw.Page, names.Page, clampPage);
        var filters = new SearchFilters(
            kinds, [.. municipalities.OfType<Guid>()], [.. regions.Where(code => lookup.Region(code) is not null).Select(code => lookup.Region(code)!.Region.Code)],
            themes, stages, years, evidence, hasKpis, archived);
        return (new SearchItems(text, filters, sort, page, pageSize), parsed);
    }

    private static IEnumerable<string> Values(IEnumerable<string> values) =>
        values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).Distinct(StringComparer.Ordinal);

    /// <summary>The values that are among <paramref name="known"/> (any letter case), in its spelling; others are errors.</summary>
    private static List<string> Known(ListParameters parsed, IEnumerable<string> values, string field, IReadOnlyList<string> known)
    {
        var found = new List<string>();
        foreach (var value in Values(values))
        {
            if (known.FirstOrDefault(choice => string.Equals(choice, value, StringComparison.OrdinalIgnoreCase)) is { } choice)
            {
                found.Add(choice);
            }
            else
            {
                parsed.Fail(field, $"Use one of: {string.Join(", ", known)}.");
            }
        }

        return found;
    }
}
