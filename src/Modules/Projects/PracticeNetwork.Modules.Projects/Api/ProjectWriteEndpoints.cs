using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// Creating, editing, the publication workflow and the bin. Every change to an existing project names the version it
/// was made over in <c>If-Match</c>; the module turns a stale one into a 409 with the current version, a project the
/// caller may not write to into 404 and a missing right into 403.
/// </summary>
internal static class ProjectWriteEndpoints
{
    public static async Task<IResult> CreateAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ProjectContentRequest>(context.Request, cancellationToken);
        var id = await sender.Send(new CreateProject(body.ToContent()), cancellationToken);
        var project = await ProjectReadEndpoints.ResourceAsync(id, sender, cancellationToken);
        EntityTags.Set(context.Response, project!.Version);
        return TypedResults.Created(ProjectUrls.Project(id), project);
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

        var body = await JsonBody.ReadAsync<ProjectContentRequest>(context.Request, cancellationToken);
        await sender.Send(new UpdateProject(id, body.ToContent(), version, minor), cancellationToken);
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

        await sender.Send(new TakeProjectStep(id, step, version, body.Comment), cancellationToken);
        return await CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> DeleteAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        await sender.Send(new DeleteProject(id, version), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> RestoreAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDeletedProject(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The project after a change, with its new ETag; 204 when the caller may no longer open it (their municipality
    /// left, or declined a project it could not otherwise see).
    /// </summary>
    public static async Task<IResult> CurrentAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (await ProjectReadEndpoints.ResourceAsync(id, sender, cancellationToken) is not { } project)
        {
            return TypedResults.NoContent();
        }

        EntityTags.Set(context.Response, project.Version);
        return TypedResults.Ok(project);
    }
}
