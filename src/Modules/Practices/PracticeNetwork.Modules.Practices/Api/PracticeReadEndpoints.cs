using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// The reads, open to anonymous callers: the Practices module answers each with what this caller may open (others'
/// drafts and non-public items are simply not there), so lists, counts and single items agree.
/// </summary>
internal static class PracticeReadEndpoints
{
    public static async Task<IResult> ListAsync(
        [AsParameters] PracticeListParameters parameters, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var municipalities = await PracticeNetwork.Web.Municipalities.MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var (filter, page, pageSize) = parameters.Parse(municipalities);
        var result = await sender.Send(new ListPractices(filter, page, pageSize), cancellationToken);
        return TypedResults.Ok(ListPage.Of(context, result, item => new PracticeListItem(
            item.Id, MunicipalityReference.Of(municipalities.ById(item.MunicipalityId)), item.Title, item.Summary, item.Stage, item.Status, item.Audience,
            item.Language, item.Themes, item.PublishedAt, item.UpdatedAt, PracticeUrls.Practice(item.Id))));
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (await ResourceAsync(id, sender, cancellationToken) is not { } practice)
        {
            return ApiProblems.NotFound(PracticeUrls.NotFound);
        }

        EntityTags.Set(context.Response, practice.Version);
        return EntityTags.ClientHasCurrent(context.Request, practice.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(practice);
    }

    public static async Task<IResult> HistoryAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetPracticeHistory(id), cancellationToken) is not { } history)
        {
            return ApiProblems.NotFound(PracticeUrls.NotFound);
        }

        return TypedResults.Ok(new PracticeHistoryResource(history.ItemId, history.Title, [.. history.Revisions.Select(RevisionResource.Of)], history.Changes));
    }

    /// <summary>The file as the page serves it (<see cref="AttachmentDownload"/>): the same type, disposition and caching.</summary>
    public static async Task<IResult> DownloadAttachmentAsync(Guid id, Guid attachmentId, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new OpenPracticeAttachment(id, attachmentId), cancellationToken) is { } file
            ? AttachmentDownload.For(response, file)
            : ApiProblems.NotFound("No such attachment, or you may not open its practice.");

    /// <summary>The practice as this caller may see it, or null when they may not open it.</summary>
    public static async Task<PracticeResource?> ResourceAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetPractice(id), cancellationToken) is not { } details)
        {
            return null;
        }

        var municipalities = await PracticeNetwork.Web.Municipalities.MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var attachments = details.Attachments.Select(file => AttachmentResource.Of(file, PracticeUrls.Attachment(id, file.Id))).ToList();
        return new PracticeResource(details.Id, MunicipalityReference.Of(municipalities.ById(details.MunicipalityId)), details.Status, details.Version,
            details.RevisionNumber, details.CreatedAt, details.UpdatedAt, details.PublishedAt, details.ReviewComment, details.IsDeleted,
            details.Content, attachments, details.Permissions);
    }
}
