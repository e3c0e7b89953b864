using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>
/// Reviewed network-wide read: published projects of every municipality the reader may open (the visibility rule plus
/// "the reader's municipality takes part"). Filters, count and order come from the search index when it can answer
/// (<see cref="IContentBrowseIndex"/>), else from the database; the page's rows are read through the same rule.
/// </summary>
internal sealed class ListProjectsHandler(ProjectsDbContext db, IReaderContext readers, TimeProvider clock, IContentBrowseIndex index) : IQueryHandler<ListProjects, ContentPage<ProjectSummary>>
{
    public async ValueTask<ContentPage<ProjectSummary>> Handle(ListProjects query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize);
        var filter = query.Filter;
        var visible = db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter]).VisibleTo(readers.Current, filter.IncludeArchived);
        var today = ProjectCalendar.Today(clock);
        // A partner's name matches anywhere in the names, which the index does not hold: that rare filter reads the database.
        var indexed = string.IsNullOrWhiteSpace(filter.Partner)
            ? await index.PageAsync(
                new ContentBrowse(ProjectContentType.Name, readers.Current, filter.MunicipalityIds, filter.Theme, filter.Status?.ToString(), Year: null,
                    HasKpis: null, filter.IncludeArchived, Order(filter.Sort), page, pageSize, filter.Year, filter.JointOnly),
                cancellationToken).ConfigureAwait(false)
            : null;
        if (indexed is not null)
        {
            var wanted = indexed.Ids.ToList();
            var rows = await visible.Where(project => wanted.Contains(project.Id)).ToSummariesAsync(today, cancellationToken).ConfigureAwait(false);
            var byId = rows.ToDictionary(row => row.Id);
            return new ContentPage<ProjectSummary>([.. indexed.Ids.Where(byId.ContainsKey).Select(id => byId[id])], indexed.Total, page, pageSize);
        }

        var filtered = Filter(visible, filter);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Sort(filtered, filter.Sort).Skip((page - 1) * pageSize).Take(pageSize)
            .ToSummariesAsync(today, cancellationToken).ConfigureAwait(false);
        return new ContentPage<ProjectSummary>(items, total, page, pageSize);
    }

    private static ContentBrowseSort Order(ProjectSort sort) => sort switch
    {
        ProjectSort.Updated => ContentBrowseSort.Updated,
        ProjectSort.Title => ContentBrowseSort.Title,
        _ => ContentBrowseSort.Started,
    };

    private static IQueryable<DevelopmentProject> Filter(IQueryable<DevelopmentProject> projects, ProjectFilter filter)
    {
        if (filter.MunicipalityIds is { } municipalities)
        {
            var ids = municipalities.ToList();
            projects = projects.Where(project => ids.Contains(project.MunicipalityId)
                || project.Participants.Any(participant => ids.Contains(participant.MunicipalityId) && participant.State == ParticipantState.Accepted));
        }

        if (filter.Theme is { } theme)
        {
            projects = projects.Where(project => project.ThemeEntries.Any(entry => entry.Theme == theme));
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(project => project.ProjectStatus == status);
        }

        if (filter.Year is { } year and >= 1 and <= 9998)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            projects = projects.Where(project => project.StartDate != null && project.StartDate <= last && (project.EndDate == null || project.EndDate >= first));
        }

        if (filter.JointOnly)
        {
            projects = projects.Where(project => project.Participants.Any(participant => participant.State == ParticipantState.Accepted));
        }

        if (!string.IsNullOrWhiteSpace(filter.Partner))
        {
            var partner = filter.Partner.Trim().ToUpperInvariant();
            projects = projects.Where(project => project.PartnerNames.Contains(partner));
        }

        return projects;
    }

    private static IQueryable<DevelopmentProject> Sort(IQueryable<DevelopmentProject> projects, ProjectSort sort) => sort switch
    {
        ProjectSort.Updated => projects.OrderByDescending(project => project.UpdatedAt).ThenBy(project => project.Id),
        ProjectSort.Title => projects.OrderBy(project => project.Title).ThenBy(project => project.Id),
        _ => projects.OrderByDescending(project => project.StartDate).ThenByDescending(project => project.PublishedAt).ThenBy(project => project.Id),
    };
}
