using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Features.Read;

/// <summary>Reviewed network-wide read of one process: returned only when the visibility rule lets the reader open it.</summary>
internal sealed class GetProcessHandler(ProcessesDbContext db, ProcessReads reads, IReaderContext readers) : IQueryHandler<GetProcess, ProcessDetails?>
{
    public async ValueTask<ProcessDetails?> Handle(GetProcess query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (await db.ItemTheReaderMayOpenAsync<ProcessDescription>(reader, query.ProcessId, evenDeleted: true, cancellationToken).ConfigureAwait(false) is not { } process)
        {
            return null;
        }

        var kpis = await reads.KpisAsync(process, cancellationToken).ConfigureAwait(false);
        return new ProcessDetails(process.Id, process.MunicipalityId, process.Content, process.Status, process.Version, process.RevisionNumber,
            process.CreatedBy, process.CreatedAt, process.UpdatedAt, process.PublishedAt,
            reader.ActsFor(process.MunicipalityId) ? process.ReviewComment : null, process.IsDeleted, kpis, ProcessAccess.Permissions(reader, process));
    }
}

internal sealed class ListProcessesHandler(ProcessesDbContext db, IReaderContext readers, IContentBrowseIndex index) : IQueryHandler<ListProcesses, ContentPage<ProcessSummary>>
{
    public async ValueTask<ContentPage<ProcessSummary>> Handle(ListProcesses query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize);
        var filter = query.Filter;
        var visible = db.Processes.VisibleTo(readers.Current, filter.IncludeArchived);
        // The index does not hold which network KPI a process measures: that filter reads the database.
        var indexed = filter.NetworkKpiId is not null ? null : await index.PageAsync(
            new ContentBrowse(ProcessContentType.Name, readers.Current, filter.MunicipalityIds, filter.Theme, Stage: null, Year: null,
                filter.HasKpis, filter.IncludeArchived, ContentBrowseSort.Published, page, pageSize),
            cancellationToken).ConfigureAwait(false);
        if (indexed is not null)
        {
            var rows = await visible.InOrderOfAsync(indexed.Ids, ProcessSummaries.Projection, summary => summary.Id, cancellationToken).ConfigureAwait(false);
            return new ContentPage<ProcessSummary>(rows, indexed.Total, page, pageSize);
        }

        var filtered = Filter(visible, filter);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await filtered.OrderByDescending(process => process.PublishedAt).ThenBy(process => process.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(ProcessSummaries.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ContentPage<ProcessSummary>(items, total, page, pageSize);
    }

    private static IQueryable<ProcessDescription> Filter(IQueryable<ProcessDescription> processes, ProcessFilter filter)
    {
        if (filter.MunicipalityIds is { } municipalities)
        {
            var ids = municipalities.ToList();
            processes = processes.Where(process => ids.Contains(process.MunicipalityId));
        }

        if (filter.Theme is { } theme)
        {
            processes = processes.Where(process => process.ThemeEntries.Any(entry => entry.Theme == theme));
        }

        if (filter.HasKpis is { } hasKpis)
        {
            processes = processes.Where(process => process.Kpis.Any() == hasKpis);
        }

        if (filter.NetworkKpiId is { } networkKpi)
        {
            processes = processes.Where(process => process.Kpis.Any(kpi => kpi.NetworkKpiId == networkKpi));
        }

        return processes;
    }
}

/// <summary>The acting municipality's own processes (tenant-filtered); drafts only the reader's own, or all for reviewers.</summary>
internal sealed class ListMunicipalityProcessesHandler(ProcessesDbContext db, IReaderContext readers) : IQueryHandler<ListMunicipalityProcesses, IReadOnlyList<ProcessSummary>>
{
    public async ValueTask<IReadOnlyList<ProcessSummary>> Handle(ListMunicipalityProcesses query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember)
        {
            return [];
        }

        var (person, reviewer, author) = (reader.PersonId, reader.IsReviewer, reader.IsAuthor);
        return await db.Processes.AsNoTracking().Where(process => process.DeletedAt == null
                && (process.Status == PublicationStatus.Published || process.Status == PublicationStatus.Archived
                    || reviewer || (author && process.CreatedBy == person)))
            .OrderByDescending(process => process.UpdatedAt).ThenBy(process => process.Id).Take(200)
            .Select(ProcessSummaries.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}

internal static class ProcessSummaries
{
    public static readonly System.Linq.Expressions.Expression<Func<ProcessDescription, ProcessSummary>> Projection = process =>
        new ProcessSummary(process.Id, process.MunicipalityId, process.Title, process.Summary, process.Unit, process.Status, process.Audience,
            process.ThemeEntries.Select(entry => entry.Theme).ToList(), process.Steps.Count, process.Kpis.Count, process.PublishedAt, process.UpdatedAt);
}

internal sealed class GetProcessHistoryHandler(ContentHistoryReader<ProcessDescription, ProcessContent> history) : IQueryHandler<GetProcessHistory, ContentHistory?>
{
    public async ValueTask<ContentHistory?> Handle(GetProcessHistory query, CancellationToken cancellationToken) =>
        await history.ReadAsync(query.ProcessId, cancellationToken).ConfigureAwait(false);
}

internal sealed class ListNetworkKpisHandler(ProcessesDbContext db) : IQueryHandler<ListNetworkKpis, IReadOnlyList<NetworkKpiDefinition>>
{
    public async ValueTask<IReadOnlyList<NetworkKpiDefinition>> Handle(ListNetworkKpis query, CancellationToken cancellationToken) =>
        (await db.NetworkKpis.AsNoTracking().OrderBy(kpi => kpi.Code).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(kpi => kpi.Definition).ToList();
}

/// <summary>One network KPI across municipalities: only the processes the reader may open, through the same visibility filter as the lists.</summary>
internal sealed class CompareNetworkKpiHandler(ProcessesDbContext db, ProcessReads reads, IReaderContext readers) : IQueryHandler<CompareNetworkKpi, KpiComparison?>
{
    public async ValueTask<KpiComparison?> Handle(CompareNetworkKpi query, CancellationToken cancellationToken)
    {
        if (await db.NetworkKpis.AsNoTracking().SingleOrDefaultAsync(kpi => kpi.Id == query.NetworkKpiId, cancellationToken).ConfigureAwait(false) is not { } network)
        {
            return null;
        }

        var processes = await db.Processes.VisibleTo(readers.Current, includeArchived: false)
            .Where(process => process.Kpis.Any(kpi => kpi.NetworkKpiId == network.Id))
            .OrderBy(process => process.Title).Take(100).ToListAsync(cancellationToken).ConfigureAwait(false);
        var values = await reads.ValuesAsync([.. processes.Select(process => process.Id)], cancellationToken).ConfigureAwait(false);
        var series = processes.SelectMany(process => process.Kpis.Where(kpi => kpi.NetworkKpiId == network.Id)
            .Select(kpi => new KpiComparisonSeries(process.Id, process.Title, process.MunicipalityId, kpi.Id, kpi.Name, kpi.Target, ProcessReads.ValuesOf(kpi, values))))
            .ToList();
        return new KpiComparison(network.Definition, series);
    }
}

/// <summary>Every value a period has had, for a reader who may open the process; null otherwise.</summary>
internal sealed class GetMeasurementHistoryHandler(ProcessesDbContext db, IReaderContext readers) : IQueryHandler<GetMeasurementHistory, IReadOnlyList<KpiValueHistoryEntry>?>
{
    public async ValueTask<IReadOnlyList<KpiValueHistoryEntry>?> Handle(GetMeasurementHistory query, CancellationToken cancellationToken)
    {
        var process = await db.ItemTheReaderMayOpenAsync<ProcessDescription>(readers.Current, query.ProcessId, evenDeleted: false, cancellationToken).ConfigureAwait(false);
        if (process?.Kpi(query.KpiId) is null)
        {
            return null;
        }

        var period = query.Period.ToString();
        var current = await db.Measurements.AsNoTracking().IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(measurement => measurement.ProcessId == process.Id && measurement.KpiId == query.KpiId && measurement.Period == period, cancellationToken)
            .ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var earlier = await db.Corrections.AsNoTracking().IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .Where(correction => correction.MeasurementId == current.Id).OrderByDescending(correction => correction.ReplacedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [new KpiValueHistoryEntry(ProcessKpi.Normal(current.Value), current.Note, current.RecordedBy, current.RecordedAt, IsCurrent: true),
            .. earlier.Select(correction => new KpiValueHistoryEntry(ProcessKpi.Normal(correction.Value), correction.Note, correction.RecordedBy, correction.RecordedAt, IsCurrent: false))];
    }
}
