using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Projects.Api;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Projects;

public static class ProjectsModule
{
    /// <summary>
    /// The development projects module with its pages and API, its place in the main navigation and on the
    /// municipality page.
    /// </summary>
    public static IServiceCollection AddProjectsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleApi(api => api.MapProjectsApi());
        return services;
    }
}
