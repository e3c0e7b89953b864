using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// The endpoints every content type's API has — get with its ETag, the workflow step, delete and restore — and the
/// If-Match handling of every versioned write, for one type: the module gives its resource, its noun and its
/// commands. Writes answer with the item as it is now and its new ETag.
/// </summary>
public sealed class ContentItemEndpoints<TResource>(
    string noun,
    Func<Guid, ISender, CancellationToken, Task<TResource?>> resource,
    Func<TResource, int> version)
    where TResource : class
{
    public string NotFound { get; } = $"No such {noun}, or you may not open it.";

    public async Task<IResult> GetAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await resource(id, sender, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return ApiProblems.NotFound(NotFound);
        }

        EntityTags.Set(context.Response, version(item));
        return EntityTags.ClientHasCurrent(context.Request, version(item))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(item);
    }

    /// <summary>Reads If-Match (428 without it), runs <paramref name="write"/> over that version, answers with the item now.</summary>
    public async Task<IResult> VersionedAsync(Guid id, HttpContext context, ISender sender, Func<int, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        if (!EntityTags.TryReadIfMatch(context.Request, out var expected, out var problem))
        {
            return problem;
        }

        await write(expected).ConfigureAwait(false);
        return await CurrentAsync(id, context, sender, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The item after a change, with its new ETag (204 when the writer can no longer open it).</summary>
    public async Task<IResult> CurrentAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await resource(id, sender, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return TypedResults.NoContent();
        }

        EntityTags.Set(context.Response, version(item));
        return TypedResults.Ok(item);
    }

    /// <summary>
    /// Maps GET /{id}, POST /{id}/transitions, DELETE /{id} and POST /{id}/restore on <paramref name="items"/>, named
    /// <c>Get{Type}</c>, <c>Take{Type}Step</c>, <c>Delete{Type}</c> and <c>RestoreDeleted{Type}</c>.
    /// </summary>
    public void MapItem(RouteGroupBuilder reads, RouteGroupBuilder items, string type,
        Func<Guid, WorkflowStep, int, string?, ICommand<int>> step,
        Func<Guid, int, ICommand> delete,
        Func<Guid, ICommand> restore)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(items);
        reads.MapGet("/{id:guid}", GetAsync).WithName($"Get{type}")
            .WithSummary($"One {noun}, with its ETag; If-None-Match answers 304 when unchanged")
            .Produces<TResource>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        items.MapPost("/{id:guid}/transitions", (Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
                VersionedAsync(id, context, sender, async expected =>
                {
                    var body = await JsonBody.ReadAsync<TransitionRequest>(context.Request, cancellationToken).ConfigureAwait(false);
                    var fields = new RequestFields();
                    var chosen = fields.Required(body.Step, "step", $"Give the step: {string.Join(", ", Enum.GetNames<WorkflowStep>())}.");
                    fields.ThrowIfInvalid();
                    await sender.Send(step(id, chosen, expected, body.Comment), cancellationToken).ConfigureAwait(false);
                }, cancellationToken))
            .WithName($"Take{type}Step")
            .WithSummary("Takes a workflow step (submit, publish, return, archive, restore); If-Match is required")
            .WithRequestBody<TransitionRequest>("application/json")
            .Produces<TResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        items.MapDelete("/{id:guid}", async (Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(context.Request, out var expected, out var problem))
                {
                    return problem;
                }

                await sender.Send(delete(id, expected), cancellationToken).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName($"Delete{type}")
            .WithSummary($"Moves the {noun} to its municipality's bin; If-Match is required")
            .Produces(StatusCodes.Status204NoContent).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        items.MapPost("/{id:guid}/restore", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(restore(id), cancellationToken).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName($"RestoreDeleted{type}")
            .WithSummary($"Brings a deleted {noun} back (municipality admins)")
            .Produces(StatusCodes.Status204NoContent).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
    }
}
