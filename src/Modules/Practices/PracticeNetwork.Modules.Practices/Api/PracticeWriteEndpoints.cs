using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// The writes, for members acting for the practice's municipality (the token's <c>pn_municipality</c>). Every change
/// to an existing practice names the version it was made over in <c>If-Match</c>; the module turns a stale one into
/// a 409 with the current version, another municipality's practice into 404 and a missing right into 403.
/// </summary>
internal static class PracticeWriteEndpoints
{
    public static async Task<IResult> CreateAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<PracticeContentRequest>(context.Request, cancellationToken);
        var id = await sender.Send(new CreatePractice(body.ToContent()), cancellationToken);
        var practice = await PracticeReadEndpoints.ResourceAsync(id, sender, cancellationToken);
        EntityTags.Set(context.Response, practice!.Version);
        return TypedResults.Created(PracticeUrls.Practice(id), practice);
    }

    public static async Task<IResult> UpdateAsync(Guid id, string? minorChange, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var minor = false;
        if (!string.IsNullOrEmpty(minorChange) && !bool.TryParse(minorChange, out minor))
        {
            return ApiProblems.Invalid("minorChange", "Use true or false.");
        }

        var body = await JsonBody.ReadAsync<PracticeContentRequest>(context.Request, cancellationToken);
        await sender.Send(new UpdatePractice(id, body.ToContent(), version, minor), cancellationToken);
        return await CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> TransitionAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<TransitionRequest>(context.Request, cancellationToken);
        if (body.Step is not { } step)
        {
            return ApiProblems.Invalid("step", $"Give the step: {string.Join(", ", Enum.GetNames<WorkflowStep>())}.");
        }

        await sender.Send(new ChangePracticeStatus(id, step, version, body.Comment), cancellationToken);
        return await CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> DeleteAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        await sender.Send(new DeletePractice(id, version), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> RestoreAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDeletedPractice(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The practice after a change, with its new ETag (the writer can always still open it).</summary>
    private static async Task<IResult> CurrentAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (await PracticeReadEndpoints.ResourceAsync(id, sender, cancellationToken) is not { } practice)
        {
            return TypedResults.NoContent();
        }

        EntityTags.Set(context.Response, practice.Version);
        return TypedResults.Ok(practice);
    }
}
