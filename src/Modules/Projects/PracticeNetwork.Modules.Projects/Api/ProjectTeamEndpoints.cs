using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>The project team: members of the caller's municipality join and leave it; project managers appoint others.</summary>
internal static class ProjectTeamEndpoints
{
    public static async Task<IResult> AddAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<TeamMemberRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var personId = fields.Required(body.PersonId, "personId", "Give the person id of a member of your municipality.");
        fields.ThrowIfInvalid();
        await sender.Send(new AddTeamMember(id, personId, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> RemoveAsync(Guid id, Guid personId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        await sender.Send(new RemoveTeamMember(id, personId, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }

    public static async Task<IResult> SetManagerAsync(Guid id, Guid personId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryReadIfMatch(context.Request, out var version, out var problem))
        {
            return problem;
        }

        var body = await JsonBody.ReadAsync<ProjectManagerRequest>(context.Request, cancellationToken);
        var fields = new RequestFields();
        var isManager = fields.Required(body.IsProjectManager, "isProjectManager", "Say true or false.");
        fields.ThrowIfInvalid();
        await sender.Send(new SetProjectManager(id, personId, isManager, version), cancellationToken);
        return await ProjectWriteEndpoints.CurrentAsync(id, context, sender, cancellationToken);
    }
}
