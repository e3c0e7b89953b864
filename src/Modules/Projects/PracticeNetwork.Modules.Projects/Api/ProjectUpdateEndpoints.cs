using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>The updates log: team members post dated status updates for their municipality.</summary>
internal static class ProjectUpdateEndpoints
{
    public static async Task<IResult> PostAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ProjectUpdateRequest>(context.Request, cancellationToken);
        var updateId = await sender.Send(new PostProjectUpdate(id, body.Text ?? string.Empty), cancellationToken);
        var update = (await ProjectReadEndpoints.ResourceAsync(id, sender, cancellationToken))?.Updates.SingleOrDefault(item => item.Id == updateId);
        return TypedResults.Created(ProjectUrls.Update(id, updateId), update);
    }
}
