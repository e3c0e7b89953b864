using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// /api/v1/projects: development projects for machines, following the practices API (ETags, If-Match, problem details).
/// </summary>
internal static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var projects = api.MapGroup("/projects").WithTags("Projects").AddEndpointFilter(ApiCallers.RejectInvalidTokens);
        _ = projects;
        return api;
    }
}
