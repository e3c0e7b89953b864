using Mediator;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>
/// The writes, for members acting for the process's municipality. Changes to the process and to its KPIs' definitions
/// name the process version in If-Match; a correction of a value names the value's own version.
/// </summary>
internal static class ProcessWriteEndpoints
{
    private static ContentItemEndpoints<ProcessResource> Item => ProcessReadEndpoints.Item;

    public static async Task<IResult> CreateAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ProcessContentRequest>(context.Request, cancellationToken);
        var id = await sender.Send(new CreateProcess(body.ToContent()), cancellationToken);
        var process = await ProcessReadEndpoints.ResourceAsync(id, sender, cancellationToken);
        EntityTags.Set(context.Response, process!.Version);
        return TypedResults.Created(ProcessUrls.Process(id), process);
    }

    public static Task<IResult> UpdateAsync(Guid id, string? minorChange, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        Item.VersionedAsync(id, context, sender, async version =>
        {
            var minor = false;
            if (!string.IsNullOrEmpty(minorChange) && !bool.TryParse(minorChange, out minor))
            {
                throw PracticeNetwork.SharedKernel.Validation.RequestValidationException.For("minorChange", "Use true or false.");
            }

            var body = await JsonBody.ReadAsync<ProcessContentRequest>(context.Request, cancellationToken);
            await sender.Send(new UpdateProcess(id, body.ToContent(), version, minor), cancellationToken);
        }, cancellationToken);

    public static async Task<IResult> AddKpiAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<KpiRequest>(context.Request, cancellationToken);
        var saved = await sender.Send(new AddKpi(id, body.ToFields(), version), cancellationToken);
        var process = await ProcessReadEndpoints.ResourceAsync(id, sender, cancellationToken);
        EntityTags.Set(context.Response, saved.Version);
        return TypedResults.Created(ProcessUrls.Kpi(id, saved.KpiId), process!.Kpis.Single(kpi => kpi.Id == saved.KpiId));
    }

    public static Task<IResult> UpdateKpiAsync(Guid id, Guid kpiId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        Item.VersionedAsync(id, context, sender, async version =>
        {
            var body = await JsonBody.ReadAsync<KpiRequest>(context.Request, cancellationToken);
            await sender.Send(new UpdateKpi(id, kpiId, body.ToFields(), version), cancellationToken);
        }, cancellationToken);

    public static Task<IResult> RemoveKpiAsync(Guid id, Guid kpiId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        Item.VersionedAsync(id, context, sender, version => sender.Send(new RemoveKpi(id, kpiId, version), cancellationToken).AsTask(), cancellationToken);

    /// <summary>A value for a period that has none yet; 409 when it has one (correct it with PUT).</summary>
    public static async Task<IResult> RecordAsync(Guid id, Guid kpiId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<MeasurementRequest>(context.Request, cancellationToken);
        var (period, value) = await PeriodAndValueAsync(id, kpiId, body.Period, body.Value, sender, cancellationToken);
        var saved = await sender.Send(new RecordMeasurement(id, kpiId, period, value, body.Note), cancellationToken);
        EntityTags.Set(context.Response, saved.Version);
        return TypedResults.Created(ProcessUrls.Measurement(id, kpiId, saved.Period), await SavedAsync(id, kpiId, saved, sender, cancellationToken));
    }

    /// <summary>A correction of a period's value over the version in If-Match; the earlier value stays in the history.</summary>
    public static async Task<IResult> CorrectAsync(Guid id, Guid kpiId, string period, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<MeasurementRequest>(context.Request, cancellationToken);
        var (parsed, value) = await PeriodAndValueAsync(id, kpiId, period, body.Value, sender, cancellationToken);
        var saved = await sender.Send(new RecordMeasurement(id, kpiId, parsed, value, body.Note, CorrectingVersion: version), cancellationToken);
        EntityTags.Set(context.Response, saved.Version);
        return TypedResults.Ok(await SavedAsync(id, kpiId, saved, sender, cancellationToken));
    }

    /// <summary>The value as it is stored now.</summary>
    private static async Task<MeasurementResource?> SavedAsync(Guid id, Guid kpiId, MeasurementSaved saved, ISender sender, CancellationToken cancellationToken) =>
        (await ProcessReadEndpoints.KpiAsync(id, kpiId, sender, cancellationToken))?.Measurements
            .Where(value => value.Period == saved.Period).Select(MeasurementResource.Of).SingleOrDefault();

    private static async Task<(KpiPeriod Period, decimal Value)> PeriodAndValueAsync(
        Guid id, Guid kpiId, string? period, decimal? value, ISender sender, CancellationToken cancellationToken)
    {
        var kpi = await ProcessReadEndpoints.KpiAsync(id, kpiId, sender, cancellationToken)
            ?? throw new PracticeNetwork.SharedKernel.Validation.NotFoundException("No such KPI, or you may not open its process.");
        var fields = new RequestFields();
        KpiPeriod? parsed = null;
        if (!KpiPeriod.TryParse(period, kpi.Fields.Frequency, out parsed))
        {
            fields.Fail("period", $"Give the period as {ProcessReadEndpoints.Example(kpi.Fields.Frequency)}.");
        }

        var number = fields.Required(value, "value", "Give the value as a number.");
        fields.ThrowIfInvalid();
        return (parsed!.Value, number);
    }
}
