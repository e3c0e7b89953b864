using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PracticeNetwork.Modules.Projects.Api;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.Modules.Projects.Features.Import;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Projects;

public static class ProjectsModule
{
    /// <summary>
    /// The development projects module with its pages and API, its place in the main navigation and on the
    /// municipality page. The Host provides an <see cref="SharedKernel.Files.IFileStore"/> for documents.
    /// </summary>
    public static IServiceCollection AddProjectsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProjectsDbContext>(ProjectsDbContext.ModuleName);
        services.AddContentType<ProjectsDbContext, DevelopmentProject, ProjectContent, ProjectContentType>();
        services.AddValidatorsFromAssembly(typeof(ProjectsModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.TryAddSingleton(new AttachmentLimits(
            configuration.GetValue("Attachments:MaxBytes", 10L * 1024 * 1024),
            configuration.GetValue("Attachments:MaxPerPractice", 20)));
        services.AddScoped<ProjectCoOwnership>();
        services.AddScoped<ProjectReads>();
        services.AddScoped<ParticipantImports>();
        services.AddModuleApi(api => api.MapProjectsApi());
        Pages.ProjectsWeb.AddProjectPages(services);
        return services;
    }
}
