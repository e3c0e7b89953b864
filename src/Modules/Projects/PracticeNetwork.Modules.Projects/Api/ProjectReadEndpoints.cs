using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// The reads, open to anonymous callers: the Projects module answers each with what this caller may open (by the
/// project's audience, or by taking part in it), so lists, counts and single items agree.
/// </summary>
internal static class ProjectReadEndpoints
{
    public static async Task<IResult> ListAsync(
        [AsParameters] ProjectListParameters parameters, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var municipalities = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var (filter, page, pageSize) = parameters.Parse(municipalities);
        var result = await sender.Send(new ListProjects(filter, page, pageSize), cancellationToken);
        return TypedResults.Ok(ListPage.Of(context, result, item => new ProjectListItem(
            item.Id, Reference(municipalities, item.MunicipalityId), item.Title, item.Summary, item.Status, item.PublicationStatus, item.Audience,
            item.StartDate, item.EndDate, item.IsJoint, [.. item.Participants.Select(id => Reference(municipalities, id))], item.Themes,
            item.Partners, item.PublishedAt, item.UpdatedAt, ProjectUrls.Project(item.Id))));
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        await ResourceAsync(id, sender, cancellationToken) is { } project
            ? Versioned(context, project.Version, project)
            : ApiProblems.NotFound(ProjectUrls.NotFound);

    public static async Task<IResult> HistoryAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new GetProjectHistory(id), cancellationToken) is { } history
            ? TypedResults.Ok(new ProjectHistoryResource(history.ItemId, history.Title, [.. history.Revisions.Select(RevisionResource.Of)], history.Changes))
            : ApiProblems.NotFound(ProjectUrls.NotFound);

    /// <summary>The file as the page serves it (<see cref="AttachmentDownload"/>): the same type, disposition and caching.</summary>
    public static async Task<IResult> DownloadDocumentAsync(Guid id, Guid attachmentId, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new OpenProjectDocument(id, attachmentId), cancellationToken) is { } file
            ? AttachmentDownload.For(response, file)
            : ApiProblems.NotFound("No such document, or you may not open its project.");

    /// <summary>One milestone, with its project's ETag: milestone writes send it in If-Match.</summary>
    public static async Task<IResult> GetMilestoneAsync(Guid id, Guid milestoneId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        await ResourceAsync(id, sender, cancellationToken) is { } project && project.Milestones.SingleOrDefault(item => item.Id == milestoneId) is { } milestone
            ? Versioned(context, project.Version, milestone)
            : ApiProblems.NotFound("No such milestone, or you may not open its project.");

    public static async Task<IResult> GetUpdateAsync(Guid id, Guid updateId, ISender sender, CancellationToken cancellationToken) =>
        await ResourceAsync(id, sender, cancellationToken) is { } project && project.Updates.SingleOrDefault(item => item.Id == updateId) is { } update
            ? TypedResults.Ok(update)
            : ApiProblems.NotFound("No such update, or you may not open its project.");

    /// <summary>The project as this caller may see it, or null when they may not open it.</summary>
    public static async Task<ProjectResource?> ResourceAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new GetProject(id), cancellationToken) is { } details
            ? ProjectResourceMapping.Of(details, await MunicipalityLookup.LoadAsync(sender, cancellationToken))
            : null;

    /// <summary>The answer with the project's ETag; 304 when the caller already has this version.</summary>
    private static IResult Versioned<T>(HttpContext context, int version, T resource)
    {
        EntityTags.Set(context.Response, version);
        return EntityTags.ClientHasCurrent(context.Request, version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(resource);
    }

    private static MunicipalityReference Reference(MunicipalityLookup municipalities, Guid id) => MunicipalityReference.Of(municipalities.ById(id));
}
