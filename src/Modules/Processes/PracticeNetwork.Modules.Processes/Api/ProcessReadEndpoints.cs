using Mediator;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Csv;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>
/// The reads, open to anonymous callers: the module answers each with what this caller may open (others' drafts and
/// non-public processes are simply not there, nor their KPIs' values), so lists, comparisons and single items agree.
/// </summary>
internal static class ProcessReadEndpoints
{
    public static readonly ContentItemEndpoints<ProcessResource> Item = new("process", ResourceAsync, process => process.Version);

    public static async Task<IResult> ListAsync(
        [AsParameters] ProcessListParameters parameters, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var catalogue = await sender.Send(new ListNetworkKpis(), cancellationToken);
        var (filter, page, pageSize) = parameters.Parse(municipalities, catalogue);
        var result = await sender.Send(new ListProcesses(filter, page, pageSize), cancellationToken);
        return TypedResults.Ok(ListPage.Of(context, result, item => new ProcessListItem(
            item.Id, MunicipalityReference.Of(municipalities.ById(item.MunicipalityId)), item.Title, item.Summary, item.Unit, item.Status, item.Audience,
            item.Themes, item.StepCount, item.KpiCount, item.PublishedAt, item.UpdatedAt, ProcessUrls.Process(item.Id))));
    }

    public static async Task<IResult> HistoryAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new GetProcessHistory(id), cancellationToken) is { } history
            ? TypedResults.Ok(new ProcessHistoryResource(history.ItemId, history.Title, [.. history.Revisions.Select(RevisionResource.Of)], history.Changes))
            : ApiProblems.NotFound(Item.NotFound);

    /// <summary>The BPMN file as a download, named after the process (RFC 5987 for its letters).</summary>
    public static async Task<IResult> BpmnAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new ExportProcessBpmn(id), cancellationToken) is { } bpmn
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(bpmn.Xml), "application/xml", bpmn.FileName)
            : ApiProblems.NotFound(Item.NotFound);

    public static async Task<IResult> NetworkKpisAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListNetworkKpis(), cancellationToken));

    public static async Task<IResult> CompareAsync(string kpi, ISender sender, CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new ListNetworkKpis(), cancellationToken);
        var parameters = new ListParameters();
        var id = ProcessListParameters.NetworkKpiOf(kpi, catalogue, parameters);
        if (id is null || await sender.Send(new CompareNetworkKpi(id.Value), cancellationToken) is not { } comparison)
        {
            return ApiProblems.NotFound("No such network KPI; see /api/v1/processes/network-kpis.");
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        return TypedResults.Ok(new ComparisonResource(comparison.Definition, [.. comparison.Series.Select(series => new ComparisonSeriesResource(
            series.ProcessId, series.ProcessTitle, MunicipalityReference.Of(municipalities.ById(series.MunicipalityId)), series.KpiName, series.Target,
            [.. series.Measurements.Select(MeasurementResource.Of)], ProcessUrls.Process(series.ProcessId)))]));
    }

    public static async Task<IResult> MeasurementsAsync(Guid id, Guid kpiId, string? format, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (await KpiAsync(id, kpiId, sender, cancellationToken) is not { } kpi)
        {
            return ApiProblems.NotFound("No such KPI, or you may not open its process.");
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && context.Request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)));
        return csv
            ? TypedResults.Text(MeasurementCsv.Write(kpi.Measurements.Select(value => new MeasurementExportLine(value.Period, value.Value, value.RecordedAt, value.Note))), MeasurementCsv.ContentType)
            : TypedResults.Ok(new MeasurementListResource(kpi.Id, kpi.Fields.Name, kpi.Fields.Unit, kpi.Fields.Frequency,
                [.. kpi.Measurements.Select(MeasurementResource.Of)]));
    }

    public static async Task<IResult> MeasurementHistoryAsync(Guid id, Guid kpiId, string period, ISender sender, CancellationToken cancellationToken)
    {
        if (await KpiAsync(id, kpiId, sender, cancellationToken) is not { } kpi)
        {
            return ApiProblems.NotFound("No such KPI, or you may not open its process.");
        }

        if (!KpiPeriod.TryParse(period, kpi.Fields.Frequency, out var parsed))
        {
            return ApiProblems.Invalid("period", $"\"{period}\" is not a period of this KPI: write it as {Example(kpi.Fields.Frequency)}.");
        }

        return await sender.Send(new GetMeasurementHistory(id, kpiId, parsed.Value), cancellationToken) is { } values
            ? TypedResults.Ok(new MeasurementHistoryResource(parsed.Value.ToString(), values))
            : ApiProblems.NotFound($"No value for {parsed.Value}.");
    }

    public static string Example(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => "2024-03",
        KpiFrequency.Quarterly => "2024-Q1",
        _ => "2024",
    };

    public static async Task<ProcessKpiDetails?> KpiAsync(Guid id, Guid kpiId, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetProcess(id), cancellationToken))?.Kpis.SingleOrDefault(kpi => kpi.Id == kpiId);

    /// <summary>The process as this caller may see it, or null when they may not open it.</summary>
    public static async Task<ProcessResource?> ResourceAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProcess(id), cancellationToken) is not { } details)
        {
            return null;
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var kpis = details.Kpis.Select(kpi => new KpiResource(kpi.Id, kpi.Fields, kpi.NetworkKpi,
            kpi.Latest is { } latest ? MeasurementResource.Of(latest) : null, kpi.Measurements.Count, ProcessUrls.Measurements(id, kpi.Id))).ToList();
        return new ProcessResource(details.Id, MunicipalityReference.Of(municipalities.ById(details.MunicipalityId)), details.PublicationStatus, details.Version,
            details.RevisionNumber, details.CreatedAt, details.UpdatedAt, details.PublishedAt, details.ReviewComment, details.IsDeleted,
            details.Content, kpis, details.Permissions, ProcessUrls.Process(id) + "/bpmn");
    }
}
