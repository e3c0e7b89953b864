using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// /api/v1/practices: good practices for machines. Reads are open (each caller sees what they may open); writes need
/// a bearer token with the API scope of a member acting for a municipality. Versioned writes take If-Match.
/// </summary>
internal static class PracticesApi
{
    public static RouteGroupBuilder MapPracticesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var limits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentLimits>();
        var practices = api.MapGroup("/practices").WithTags("Practices").AddEndpointFilter(ApiCallers.RejectInvalidTokens);

        var reads = practices.MapGroup("").WithMetadata(ApiConventions.TokenOptional);
        reads.MapGet("", PracticeReadEndpoints.ListAsync).WithName("ListPractices")
            .WithSummary("Published practices across the network that the caller may open")
            .Produces<ListPage<PracticeListItem>>().ProducesValidationProblem();
        reads.MapGet("/{id:guid}", PracticeReadEndpoints.GetAsync).WithName("GetPractice")
            .WithSummary("One practice, with its ETag; If-None-Match answers 304 when unchanged")
            .Produces<PracticeResource>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/history", PracticeReadEndpoints.HistoryAsync).WithName("GetPracticeHistory")
            .WithSummary("Published revisions with changed fields and text diffs; the change log for the municipality's own editors")
            .Produces<PracticeHistoryResource>().ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/attachments/{attachmentId:guid}", PracticeReadEndpoints.DownloadAttachmentAsync).WithName("DownloadPracticeAttachment")
            .WithSummary("An attachment's file, as a download")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);

        practices.MapPost("", PracticeWriteEndpoints.CreateAsync).WithName("CreatePractice")
            .WithSummary("Creates a draft in the caller's municipality")
            .WithRequestBody<PracticeContentRequest>("application/json")
            .Produces<PracticeResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        practices.MapPut("/{id:guid}", PracticeWriteEndpoints.UpdateAsync).WithName("UpdatePractice")
            .WithSummary("Replaces the content; If-Match is required. minorChange=true keeps followers from being notified")
            .WithRequestBody<PracticeContentRequest>("application/json")
            .Produces<PracticeResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        practices.MapPost("/{id:guid}/transitions", PracticeWriteEndpoints.TransitionAsync).WithName("ChangePracticeStatus")
            .WithSummary("Takes a workflow step (submit, publish, return, archive, restore); If-Match is required")
            .WithRequestBody<TransitionRequest>("application/json")
            .Produces<PracticeResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        practices.MapDelete("/{id:guid}", PracticeWriteEndpoints.DeleteAsync).WithName("DeletePractice")
            .WithSummary("Moves the practice to the municipality's bin; If-Match is required")
            .Produces(StatusCodes.Status204NoContent).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        practices.MapPost("/{id:guid}/restore", PracticeWriteEndpoints.RestoreAsync).WithName("RestoreDeletedPractice")
            .WithSummary("Brings a deleted practice back (municipality admins)")
            .Produces(StatusCodes.Status204NoContent).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);

        practices.MapPost("/{id:guid}/attachments", PracticeAttachmentEndpoints.UploadAsync).WithName("AddPracticeAttachment")
            .WithSummary("Adds a file (multipart/form-data, field \"file\"); type and size are checked")
            .AcceptsFileUpload(limits)
            .Produces<AttachmentResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        practices.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", PracticeAttachmentEndpoints.RemoveAsync).WithName("RemovePracticeAttachment")
            .WithSummary("Removes a file")
            .Produces(StatusCodes.Status204NoContent).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        return api;
    }
}
