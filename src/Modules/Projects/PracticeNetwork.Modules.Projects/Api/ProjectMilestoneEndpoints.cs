using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// Milestones: project managers plan them; they or the responsible municipality's team mark them done. A milestone's
/// ETag is its project's: every write names the project version in If-Match.
/// </summary>
internal static class ProjectMilestoneEndpoints
{
    public static async Task<IResult> AddAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var (title, dueDate, responsible) = await ReadAsync(context, sender, cancellationToken);
        var saved = await sender.Send(new AddMilestone(id, title, dueDate, responsible, version), cancellationToken);
        var url = ProjectUrls.Milestone(id, saved.MilestoneId);
        var milestone = (await ProjectReadEndpoints.ResourceAsync(id, sender, cancellationToken))?.Milestones.SingleOrDefault(item => item.Id == saved.MilestoneId);
        EntityTags.Set(context.Response, saved.Version);
        return TypedResults.Created(url, milestone);
    }

    public static async Task<IResult> UpdateAsync(Guid id, Guid milestoneId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var (title, dueDate, responsible) = await ReadAsync(context, sender, cancellationToken);
        await sender.Send(new UpdateMilestone(id, milestoneId, title, dueDate, responsible, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> RemoveAsync(Guid id, Guid milestoneId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        await sender.Send(new RemoveMilestone(id, milestoneId, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> CompleteAsync(Guid id, Guid milestoneId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<MilestoneCompletionRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var done = fields.Required(body.Done, "done", "Say true when the milestone is reached, false when it is not yet.");
        fields.ThrowIfInvalid();
        await sender.Send(new CompleteMilestone(id, milestoneId, done, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    private static async Task<(string Title, DateOnly DueDate, Guid ResponsibleMunicipalityId)> ReadAsync(
        HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<MilestoneRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var dueDate = fields.Required(body.DueDate, "dueDate", "Give the due date, e.g. \"2026-05-31\".");
        var responsible = await ProjectParticipationEndpoints.MunicipalityIdAsync(
            body.ResponsibleMunicipality, "responsibleMunicipality", fields, sender, cancellationToken);
        fields.ThrowIfInvalid();
        return (body.Title ?? string.Empty, dueDate, responsible);
    }
}
