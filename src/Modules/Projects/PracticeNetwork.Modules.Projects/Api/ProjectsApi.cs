using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// /api/v1/projects: development projects for machines, following the practices API. Reads are open (each caller
/// sees what they may open); writes need a bearer token with the API scope of a member acting for a municipality.
/// Writes to an existing project take its ETag in If-Match, also for its participants, team and milestones.
/// </summary>
internal static class ProjectsApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var limits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentLimits>();
        var projects = api.MapGroup("/projects").WithTags("Projects").AddEndpointFilter(ApiCallers.RejectInvalidTokens);
        MapReads(projects.MapGroup("").WithMetadata(ApiConventions.TokenOptional));
        MapProjectWrites(projects);
        MapJointWork(projects);
        MapMilestonesAndUpdates(projects);

        projects.MapPost("/{id:guid}/documents", ProjectDocumentEndpoints.UploadAsync).WithName("AddProjectDocument")
            .WithSummary("Adds a document (multipart/form-data, field \"file\"); type and size are checked")
            .AcceptsFileUpload(limits)
            .Produces<AttachmentResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapDelete("/{id:guid}/documents/{attachmentId:guid}", ProjectDocumentEndpoints.RemoveAsync).WithName("RemoveProjectDocument")
            .WithSummary("Removes a document")
            .Produces(StatusCodes.Status204NoContent).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        return api;
    }

    private static void MapReads(RouteGroupBuilder reads)
    {
        reads.MapGet("", ProjectReadEndpoints.ListAsync).WithName("ListProjects")
            .WithSummary("Published projects the caller may open, and those the caller's municipality takes part in")
            .Produces<ListPage<ProjectListItem>>().ProducesValidationProblem();
        reads.MapGet("/{id:guid}", ProjectReadEndpoints.GetAsync).WithName("GetProject")
            .WithSummary("One project with its participants, team, milestones, updates and documents, with its ETag; If-None-Match answers 304 when unchanged")
            .Produces<ProjectResource>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/history", ProjectReadEndpoints.HistoryAsync).WithName("GetProjectHistory")
            .WithSummary("Published revisions with changed fields and text diffs; the change log for the project's own editors")
            .Produces<ProjectHistoryResource>().ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/documents/{attachmentId:guid}", ProjectReadEndpoints.DownloadDocumentAsync).WithName("DownloadProjectDocument")
            .WithSummary("A document's file, as a download")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/milestones/{milestoneId:guid}", ProjectReadEndpoints.GetMilestoneAsync).WithName("GetProjectMilestone")
            .WithSummary("One milestone, with its project's ETag")
            .Produces<MilestoneResource>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{id:guid}/updates/{updateId:guid}", ProjectReadEndpoints.GetUpdateAsync).WithName("GetProjectUpdate")
            .WithSummary("One status update")
            .Produces<ProjectUpdateResource>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapProjectWrites(RouteGroupBuilder projects)
    {
        projects.MapPost("", ProjectWriteEndpoints.CreateAsync).WithName("CreateProject")
            .WithSummary("Creates a draft owned by the caller's municipality; the caller is its first project manager")
            .WithRequestBody<ProjectContentRequest>(Json)
            .Produces<ProjectResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPut("/{id:guid}", ProjectWriteEndpoints.UpdateAsync).WithName("UpdateProject")
            .WithSummary("Replaces the shared fields; If-Match is required. minorChange=true keeps followers from being notified")
            .WithRequestBody<ProjectContentRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/transitions", ProjectWriteEndpoints.TransitionAsync).WithName("TakeProjectStep")
            .WithSummary("Takes a workflow step (submit, publish, return, archive, restore); If-Match is required")
            .WithRequestBody<TransitionRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapDelete("/{id:guid}", ProjectWriteEndpoints.DeleteAsync).WithName("DeleteProject")
            .WithSummary("Moves the project to its municipality's bin; If-Match is required")
            .Produces(StatusCodes.Status204NoContent).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/restore", ProjectWriteEndpoints.RestoreAsync).WithName("RestoreDeletedProject")
            .WithSummary("Brings a deleted project back (municipality admins)")
            .Produces(StatusCodes.Status204NoContent).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
    }

    private static void MapJointWork(RouteGroupBuilder projects)
    {
        projects.MapPost("/{id:guid}/invitations", ProjectParticipationEndpoints.InviteAsync).WithName("InviteMunicipality")
            .WithSummary("Invites a municipality to take part (project managers); If-Match is required")
            .WithRequestBody<InvitationRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/participants/me/answer", ProjectParticipationEndpoints.AnswerAsync).WithName("AnswerProjectInvitation")
            .WithSummary("Accepts (with team members) or declines the invitation of the caller's municipality (its admins); If-Match is required")
            .WithRequestBody<InvitationAnswerRequest>(Json)
            .Produces<ProjectResource>().Produces(StatusCodes.Status204NoContent).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/participants/me/leave", ProjectParticipationEndpoints.LeaveAsync).WithName("LeaveProject")
            .WithSummary("The caller's municipality leaves the project (its admin or a project manager); what it wrote stays. If-Match is required")
            .Produces<ProjectResource>().Produces(StatusCodes.Status204NoContent).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPut("/{id:guid}/participants/me/contribution", ProjectParticipationEndpoints.RecordContributionAsync).WithName("RecordProjectContribution")
            .WithSummary("Records the caller's municipality's role in the project and the resources it gives")
            .WithRequestBody<ContributionRequest>(Json)
            .Produces<ProjectResource>().WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/team", ProjectTeamEndpoints.AddAsync).WithName("AddProjectTeamMember")
            .WithSummary("Adds a member of the caller's municipality to the team; If-Match is required")
            .WithRequestBody<TeamMemberRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapDelete("/{id:guid}/team/{personId:guid}", ProjectTeamEndpoints.RemoveAsync).WithName("RemoveProjectTeamMember")
            .WithSummary("Takes a person off the team (the last project manager stays); If-Match is required")
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPut("/{id:guid}/team/{personId:guid}/manager", ProjectTeamEndpoints.SetManagerAsync).WithName("SetProjectManager")
            .WithSummary("Makes a team member a project manager, or not (project managers); If-Match is required")
            .WithRequestBody<ProjectManagerRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
    }

    private static void MapMilestonesAndUpdates(RouteGroupBuilder projects)
    {
        projects.MapPost("/{id:guid}/milestones", ProjectMilestoneEndpoints.AddAsync).WithName("AddProjectMilestone")
            .WithSummary("Plans a milestone (project managers); If-Match is required, the answer's ETag is the project's new version")
            .WithRequestBody<MilestoneRequest>(Json)
            .Produces<MilestoneResource>(StatusCodes.Status201Created).WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPut("/{id:guid}/milestones/{milestoneId:guid}", ProjectMilestoneEndpoints.UpdateAsync).WithName("UpdateProjectMilestone")
            .WithSummary("Changes a milestone's title, due date or responsible municipality (project managers); If-Match is required")
            .WithRequestBody<MilestoneRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapDelete("/{id:guid}/milestones/{milestoneId:guid}", ProjectMilestoneEndpoints.RemoveAsync).WithName("RemoveProjectMilestone")
            .WithSummary("Removes a milestone (project managers); If-Match is required")
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/milestones/{milestoneId:guid}/completion", ProjectMilestoneEndpoints.CompleteAsync).WithName("CompleteProjectMilestone")
            .WithSummary("Marks a milestone done or not yet (project managers, or the responsible municipality's team); If-Match is required")
            .WithRequestBody<MilestoneCompletionRequest>(Json)
            .Produces<ProjectResource>().WithVersionedWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
        projects.MapPost("/{id:guid}/updates", ProjectUpdateEndpoints.PostAsync).WithName("PostProjectUpdate")
            .WithSummary("Posts a dated status update (Markdown) for the caller's municipality (team members)")
            .WithRequestBody<ProjectUpdateRequest>(Json)
            .Produces<ProjectUpdateResource>(StatusCodes.Status201Created).WithWriteProblems()
            .RequireAuthorization(ApiConventions.MemberPolicy);
    }
}
