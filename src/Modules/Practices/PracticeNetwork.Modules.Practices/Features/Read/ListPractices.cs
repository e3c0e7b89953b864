using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>
/// Reviewed network-wide read: published (optionally archived) practices of every municipality, filtered in the
/// database with the visibility rule (<see cref="Visibility.VisibleAudiences"/>, plus the reader's own municipality's
/// internal items), so the page, its count and its filters never show what the reader could not open.
/// </summary>
internal sealed class ListPracticesHandler(PracticesDbContext db, IReaderContext readers, IContentBrowseIndex index) : IQueryHandler<ListPractices, ContentPage<PracticeSummary>>
{
    public async ValueTask<ContentPage<PracticeSummary>> Handle(ListPractices query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize);
        var filter = query.Filter;
        var visible = db.Practices.VisibleTo(readers.Current, filter.IncludeArchived);
        var indexed = await index.PageAsync(
            new ContentBrowse(PracticeContentType.Name, readers.Current, filter.MunicipalityIds, filter.Theme, filter.Stage?.ToString(), filter.Year,
                HasKpis: null, filter.IncludeArchived, Order(filter.Sort), page, pageSize),
            cancellationToken).ConfigureAwait(false);
        if (indexed is not null)
        {
            var rows = await visible.InOrderOfAsync(indexed.Ids, PracticeSummaries.Projection, summary => summary.Id, cancellationToken).ConfigureAwait(false);
            return new ContentPage<PracticeSummary>(rows, indexed.Total, page, pageSize);
        }

        var filtered = Filter(visible, filter);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Sort(filtered, filter.Sort).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(PracticeSummaries.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ContentPage<PracticeSummary>(items, total, page, pageSize);
    }

    private static IQueryable<GoodPractice> Filter(IQueryable<GoodPractice> practices, PracticeFilter filter)
    {
        if (filter.MunicipalityIds is { } municipalities)
        {
            var ids = municipalities.ToList();
            practices = practices.Where(practice => ids.Contains(practice.MunicipalityId));
        }

        if (filter.Theme is { } theme)
        {
            practices = practices.Where(practice => practice.ThemeEntries.Any(entry => entry.Theme == theme));
        }

        if (filter.Stage is { } stage)
        {
            practices = practices.Where(practice => practice.Stage == stage);
        }

        if (filter.Year is { } year and >= 1 and <= 9998)
        {
            var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var end = start.AddYears(1);
            practices = practices.Where(practice => practice.PublishedAt >= start && practice.PublishedAt < end);
        }

        return practices;
    }

    private static ContentBrowseSort Order(PracticeSort sort) => sort switch
    {
        PracticeSort.Updated => ContentBrowseSort.Updated,
        PracticeSort.Title => ContentBrowseSort.Title,
        _ => ContentBrowseSort.Published,
    };

    private static IQueryable<GoodPractice> Sort(IQueryable<GoodPractice> practices, PracticeSort sort) => sort switch
    {
        PracticeSort.Updated => practices.OrderByDescending(practice => practice.UpdatedAt).ThenBy(practice => practice.Id),
        PracticeSort.Title => practices.OrderBy(practice => practice.Title).ThenBy(practice => practice.Id),
        _ => practices.OrderByDescending(practice => practice.PublishedAt).ThenBy(practice => practice.Id),
    };
}

/// <summary>The acting municipality's own practices (tenant-filtered); drafts only the reader's own, or all for reviewers.</summary>
internal sealed class ListMunicipalityPracticesHandler(PracticesDbContext db, IReaderContext readers) : IQueryHandler<ListMunicipalityPractices, ContentPage<PracticeSummary>>
{
    public async ValueTask<ContentPage<PracticeSummary>> Handle(ListMunicipalityPractices query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember)
        {
            return new ContentPage<PracticeSummary>([], 0, 1, query.PageSize);
        }

        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize);
        var person = reader.PersonId;
        var reviewer = reader.IsReviewer;
        var author = reader.IsAuthor;
        var practices = db.Practices.AsNoTracking().Where(practice => practice.DeletedAt == null
            && (practice.Status == PublicationStatus.Published || practice.Status == PublicationStatus.Archived
                || reviewer || (author && practice.CreatedBy == person)));
        if (query.Status is { } status)
        {
            var wanted = status;
            practices = practices.Where(practice => practice.Status == wanted);
        }

        var total = await practices.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await practices.OrderByDescending(practice => practice.UpdatedAt).ThenBy(practice => practice.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(PracticeSummaries.OwnProjection).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ContentPage<PracticeSummary>(items, total, page, pageSize);
    }
}
