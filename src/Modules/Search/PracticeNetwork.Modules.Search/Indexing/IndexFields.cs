namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>The index's field names. Facet fields hold doc values for counting as well as terms for filtering.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Municipality = "municipality";
    public const string Region = "region";
    public const string Theme = "theme";
    public const string Stage = "stage";
    public const string Year = "year";
    public const string EvidenceLevel = "evidenceLevel";
    public const string HasKpis = "hasKpis";

    /// <summary>"published" or "archived".</summary>
    public const string Status = "status";

    /// <summary>
    /// Who may open the item, as terms: <see cref="OpenToEveryone"/>, <see cref="OpenToMembers"/>, and
    /// <c>m:{municipality id}</c> for the owner and each municipality whose members open it whatever its audience.
    /// </summary>
    public const string OpenTo = "openTo";

    public const string OpenToEveryone = "public";
    public const string OpenToMembers = "network";

    public const string Title = "title";
    public const string Body = "body";
    public const string Language = "language";
    public const string Path = "path";
    public const string Published = "published";

    /// <summary>The last change's UTC ticks, for the "latest change first" order.</summary>
    public const string Updated = "updated";

    /// <summary>The title as it is, for the alphabetical order.</summary>
    public const string TitleOrder = "titleorder";
    public const string Themes = "themes";

    /// <summary>The owner and every municipality taking part, for the lists' municipality filter.</summary>
    public const string Involved = "involved";

    /// <summary>"true" when another municipality takes part.</summary>
    public const string Joint = "joint";

    /// <summary>The first and last day the item runs (day numbers; an open end is <see cref="int.MaxValue"/>).</summary>
    public const string RunsFrom = "runsfrom";

    public const string RunsUntil = "runsuntil";

    /// <summary>The first day's number as a doc value, for the "latest start first" order.</summary>
    public const string Started = "started";

    /// <summary>Whole words, unstemmed, for "did you mean".</summary>
    public const string Words = "words";

    public static string TextOf(string language) => "text_" + language;

    public static string TitleTextOf(string language) => "titletext_" + language;

    public static string OpenToMunicipality(Guid municipalityId) => "m:" + municipalityId.ToString("N");

    /// <summary>Each facet of the contracts and the field that holds it.</summary>
    public static readonly IReadOnlyDictionary<string, string> FacetFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Contracts.SearchFacetNames.Kind] = Kind,
        [Contracts.SearchFacetNames.Municipality] = Municipality,
        [Contracts.SearchFacetNames.Region] = Region,
        [Contracts.SearchFacetNames.Theme] = Theme,
        [Contracts.SearchFacetNames.Stage] = Stage,
        [Contracts.SearchFacetNames.Year] = Year,
        [Contracts.SearchFacetNames.EvidenceLevel] = EvidenceLevel,
        [Contracts.SearchFacetNames.HasKpis] = HasKpis,
    };
}
