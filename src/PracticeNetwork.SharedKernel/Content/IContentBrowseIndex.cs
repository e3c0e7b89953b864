using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// The network-wide lists' filters, count and order answered from the search index instead of the database, so a
/// filtered list costs the same at 60,000 items as at 600. The index trims by the reader's rights as the database
/// rule does; the content type then loads the page's rows by id, again through <see cref="ContentQueries.VisibleTo"/>.
/// </summary>
public interface IContentBrowseIndex
{
    /// <summary>
    /// The ids of one page, in order, and the total; null when the index cannot answer (still being built at start,
    /// or a page deeper than it serves), and the caller reads the database instead. Every change committed before
    /// the call is in the answer.
    /// </summary>
    Task<ContentIdPage?> PageAsync(ContentBrowse browse, CancellationToken cancellationToken);
}

/// <param name="Kind">The content type's noun (<see cref="IContentSearchSource.Kind"/>).</param>
/// <param name="MunicipalityIds">The owner, or a municipality taking part (<see cref="SearchDocument.AlsoOpenedBy"/>), is one of these (null: any).</param>
/// <param name="Stage">The type's own stage or status facet value (<see cref="SearchFacets.Stage"/>).</param>
/// <param name="Year">The UTC year of first publication.</param>
/// <param name="RunningIn">A year the item ran in (<see cref="SearchFacets.RunsFrom"/> to <see cref="SearchFacets.RunsUntil"/>).</param>
/// <param name="JointOnly">Only items other municipalities take part in.</param>
public sealed record ContentBrowse(
    string Kind,
    Reader Reader,
    IReadOnlyList<Guid>? MunicipalityIds,
    Theme? Theme,
    string? Stage,
    int? Year,
    bool? HasKpis,
    bool IncludeArchived,
    ContentBrowseSort Sort,
    int Page,
    int PageSize,
    int? RunningIn = null,
    bool JointOnly = false);

public enum ContentBrowseSort
{
    /// <summary>Newest first publication first.</summary>
    Published,

    /// <summary>Latest change first.</summary>
    Updated,

    Title,

    /// <summary>Latest start first (<see cref="SearchFacets.RunsFrom"/>; items without one last), then newest publication.</summary>
    Started,
}

public sealed record ContentIdPage(IReadOnlyList<Guid> Ids, int Total);

/// <summary>Where no index is registered: every list reads the database.</summary>
internal sealed class NoContentBrowseIndex : IContentBrowseIndex
{
    public Task<ContentIdPage?> PageAsync(ContentBrowse browse, CancellationToken cancellationToken) => Task.FromResult<ContentIdPage?>(null);
}
