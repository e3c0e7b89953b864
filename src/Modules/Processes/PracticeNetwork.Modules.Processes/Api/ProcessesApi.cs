using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>
/// /api/v1/processes: process descriptions, their KPIs and the KPIs' values, for machines, following the practices
/// API. Reads are open (each caller sees what they may open); writes need a bearer token with the API scope of a
/// member acting for the process's municipality.
/// </summary>
internal static class ProcessesApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapProcessesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var processes = api.MapGroup("/processes").WithTags("Processes").AddEndpointFilter(ApiCallers.RejectInvalidTokens);
        var reads = processes.MapGroup("").WithMetadata(ApiConventions.TokenOptional);
        reads.MapGet("", ProcessReadEndpoints.ListAsync).WithName("ListProcesses")
            .WithSummary("Published processes across the network that the caller may open")
            .Produces<ListPage<ProcessListItem>>().ProducesValidationProblem();
        reads.MapGet("/network-kpis", ProcessReadEndpoints.NetworkKpisAsync).WithName("ListNetworkKpis")
            .WithSummary("The network's shared KPI catalogue: what municipalities measure the same way")
            .Produces<IReadOnlyList<NetworkKpiDefinition>>();
        reads.MapGet("/network-kpis/{kpi}/comparison", ProcessReadEndpoints.CompareAsync).WithName("CompareNetworkKpi")
            .WithSummary("One network KPI (id or code) in every process the caller may open that measures it")
            .Produces<ComparisonResource>().ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/history", ProcessReadEndpoints.HistoryAsync).WithName("GetProcessHistory")
            .WithSummary("Published revisions with changed fields and text diffs; the change log for the municipality's own editors")
            .Produces<ProcessHistoryResource>().ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/bpmn", ProcessReadEndpoints.BpmnAsync).WithName("ExportProcessBpmn")
            .WithSummary("The process as BPMN 2.0 XML with diagram interchange, for a BPMN modeler")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml").ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/kpis/{kpiId:guid}/measurements", ProcessReadEndpoints.MeasurementsAsync).WithName("ListKpiMeasurements")
            .WithSummary("A KPI's current values in period order, as JSON or (format=csv or Accept: text/csv) CSV")
            .Produces<MeasurementListResource>().Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/kpis/{kpiId:guid}/measurements/{period}/history", ProcessReadEndpoints.MeasurementHistoryAsync).WithName("GetKpiMeasurementHistory")
            .WithSummary("Every value a period has had, the current one first")
            .Produces<MeasurementHistoryResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        ProcessReadEndpoints.Item.MapItem(reads, processes, "Process",
            (id, step, version, comment) => new TakeProcessStep(id, step, version, comment),
            (id, version) => new DeleteProcess(id, version),
            id => new RestoreDeletedProcess(id));
        processes.MapPost("", ProcessWriteEndpoints.CreateAsync).WithName("CreateProcess")
            .WithSummary("Creates a draft in the caller's municipality")
            .WithRequestBody<ProcessContentRequest>(Json)
            .Produces<ProcessResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        processes.MapPut("/{id:guid}", ProcessWriteEndpoints.UpdateAsync).WithName("UpdateProcess")
            .WithSummary("Replaces the content; If-Match is required. minorChange=true keeps followers from being notified")
            .WithRequestBody<ProcessContentRequest>(Json)
            .Produces<ProcessResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        MapKpis(processes);
        return api;
    }

    private static void MapKpis(RouteGroupBuilder processes)
    {
        processes.MapPost("/{id:guid}/kpis", ProcessWriteEndpoints.AddKpiAsync).WithName("AddKpi")
            .WithSummary("Adds a KPI; If-Match is the process's version")
            .WithRequestBody<KpiRequest>(Json)
            .Produces<KpiResource>(StatusCodes.Status201Created).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        processes.MapPut("/{id:guid}/kpis/{kpiId:guid}", ProcessWriteEndpoints.UpdateKpiAsync).WithName("UpdateKpi")
            .WithSummary("Replaces a KPI's definition; If-Match is the process's version")
            .WithRequestBody<KpiRequest>(Json)
            .Produces<ProcessResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        processes.MapDelete("/{id:guid}/kpis/{kpiId:guid}", ProcessWriteEndpoints.RemoveKpiAsync).WithName("RemoveKpi")
            .WithSummary("Removes a KPI with its values; If-Match is the process's version")
            .Produces<ProcessResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        processes.MapPost("/{id:guid}/kpis/{kpiId:guid}/measurements", ProcessWriteEndpoints.RecordAsync).WithName("RecordKpiMeasurement")
            .WithSummary("Records the value of a period that has none yet (409 when it has one: correct it with PUT)")
            .WithRequestBody<MeasurementRequest>(Json)
            .Produces<MeasurementResource>(StatusCodes.Status201Created).WithWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiConventions.MemberPolicy);
        processes.MapPut("/{id:guid}/kpis/{kpiId:guid}/measurements/{period}", ProcessWriteEndpoints.CorrectAsync).WithName("CorrectKpiMeasurement")
            .WithSummary("Corrects a period's value; If-Match is the value's version; the earlier value stays in the history")
            .WithRequestBody<MeasurementRequest>(Json)
            .Produces<MeasurementResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
    }
}
