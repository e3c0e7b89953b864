using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Querying;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Api;

/// <summary>
/// /api/v1/search: the site's search for machines. Open to everyone; a caller with a token also finds what their
/// municipality and the network may open. Answers exactly what the search page shows the same caller.
/// </summary>
internal static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search")
            .AddEndpointFilter(ApiCallers.RejectInvalidTokens)
            .WithMetadata(ApiConventions.TokenOptional)
            .WithSummary("Full-text search across practices, projects and processes, with facet counts, snippets and a suggestion")
            .Produces<SearchResource>().ProducesValidationProblem();
        api.MapGet("/search/similar/{id:guid}", SimilarAsync).WithTags("Search").WithName("SimilarItems")
            .AddEndpointFilter(ApiCallers.RejectInvalidTokens)
            .WithMetadata(ApiConventions.TokenOptional)
            .WithSummary("Items of other municipalities most like an item (more-like-this), best first, of what the caller may open")
            .Produces<IReadOnlyList<SearchItemResource>>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SearchAsync([AsParameters] SearchApiParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var (request, parsed) = SearchParameters.Read(parameters.Raw(), SearchParameterNames.Api, municipalities, clampPage: false);
        parsed.ThrowIfInvalid();
        var results = await sender.Send(request, cancellationToken);
        return TypedResults.Ok(new SearchResource(
            results.Total, results.Page, results.PageSize, results.PageCount,
            [.. results.Hits.Select(hit => ItemResource(hit, municipalities))],
            results.Facets.ToDictionary(facet => facet.Name, facet => FacetValues(facet, municipalities), StringComparer.Ordinal),
            results.Suggestion, results.Ready));
    }

    private static async Task<IResult> SimilarAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        if (await sender.Send(new FindRelatedItems(id), cancellationToken) is not { } hits)
        {
            return ApiProblems.NotFound("No such published item, or you may not open it.");
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SearchItemResource>>([.. hits.Select(hit => ItemResource(hit, municipalities))]);
    }

    private static SearchItemResource ItemResource(SearchHit hit, MunicipalityLookup municipalities) => new(
        hit.Id, hit.Kind, MunicipalityReference.Of(municipalities.ById(hit.MunicipalityId)), hit.Title, hit.Snippet,
        hit.Path, ApiPathOf(hit), hit.PublishedAt, hit.Archived, hit.Themes, hit.Stage);

    /// <summary>A facet's values as the parameters take them: municipalities by their code.</summary>
    private static IReadOnlyList<SearchFacetValue> FacetValues(SearchFacet facet, MunicipalityLookup municipalities) =>
        facet.Name == SearchFacetNames.Municipality
            ? [.. facet.Values.Select(value => value with { Value = municipalities.ById(Guid.ParseExact(value.Value, "N"))?.Code ?? value.Value })]
            : facet.Values;

    private static string ApiPathOf(SearchHit hit) => hit.Kind switch
    {
        SearchKinds.Practice => $"/api/v1/practices/{hit.Id}",
        SearchKinds.Project => $"/api/v1/projects/{hit.Id}",
        _ => $"/api/v1/processes/{hit.Id}",
    };
}

/// <param name="Facets">For each facet (kind, municipality code, region code, theme, stage, year, evidenceLevel, hasKpis), its values' counts in the result set.</param>
/// <param name="Suggestion">A corrected query that finds something, when this one found nothing.</param>
/// <param name="Ready">False while this server is still building its index at start.</param>
internal sealed record SearchResource(
    int Total, int Page, int PageSize, int PageCount, IReadOnlyList<SearchItemResource> Items,
    IReadOnlyDictionary<string, IReadOnlyList<SearchFacetValue>> Facets, string? Suggestion, bool Ready);

/// <param name="Snippet">HTML-encoded text with each match in &lt;mark&gt;.</param>
/// <param name="Page">The item's page on this site.</param>
/// <param name="Api">The item in this API.</param>
internal sealed record SearchItemResource(
    Guid Id, string Kind, MunicipalityReference Municipality, string Title, string Snippet, string Page, string Api,
    DateTimeOffset? PublishedAt, bool Archived, IReadOnlyList<Theme> Themes, string? Stage);

internal sealed class SearchApiParameters
{
    [FromQuery(Name = "q")]
    [Description("Words to find; Finnish and Swedish inflections and compounds match. Empty lists everything the filters leave, newest first.")]
    public string? Q { get; init; }

    [FromQuery(Name = "kind")]
    [Description("practice, project or process; repeat for several.")]
    public string[]? Kind { get; init; }

    [FromQuery(Name = "municipality")]
    [Description("Official municipality code (three digits); repeat for several.")]
    public string[]? Municipality { get; init; }

    [FromQuery(Name = "region")]
    [Description("Region code (two digits); repeat for several.")]
    public string[]? Region { get; init; }

    [FromQuery(Name = "theme")]
    [Description("Theme name; repeat for several.")]
    public string[]? Theme { get; init; }

    [FromQuery(Name = "stage")]
    [Description("A practice's stage or a project's status; repeat for several.")]
    public string[]? Stage { get; init; }

    [FromQuery(Name = "year")]
    [Description("Year of first publication; repeat for several.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "evidenceLevel")]
    [Description("A practice's evidence level; repeat for several.")]
    public string[]? EvidenceLevel { get; init; }

    [FromQuery(Name = "hasKpis")]
    [Description("true: only items with KPIs; false: only items without.")]
    public string? HasKpis { get; init; }

    [FromQuery(Name = "includeArchived")]
    [Description("true to include archived items.")]
    public string? IncludeArchived { get; init; }

    [FromQuery(Name = "sort")]
    [Description("Relevance (the default with words) or Newest (the default without).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Items per page, 1–100 (default 20).")]
    public string? PageSize { get; init; }

    public RawSearchParameters Raw() => new(
        Q, Kind ?? [], Municipality ?? [], Region ?? [], Theme ?? [], Stage ?? [], Year ?? [], EvidenceLevel ?? [],
        HasKpis, IncludeArchived, Sort, Page, PageSize);
}
