using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Projects.Pages;

/// <summary>The projects' place in the main navigation and on the municipality page (their pages Razor finds itself).</summary>
public static class ProjectsWeb
{
    private const MunicipalityRoles Writers = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public static IServiceCollection AddProjectPages(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMunicipalitySection(new MunicipalitySection(20, "MunicipalityProjects"));
        services.AddNavigationLink(new NavigationLink(25, "/hankkeet", typeof(ProjectResource), "Nav.Projects")
        {
            IsCurrent = path => path.StartsWith("/hankkeet", StringComparison.Ordinal) && path != "/hankkeet/uusi",
            HomeKey = "Nav.BrowseProjects",
        });
        services.AddNavigationLink(new NavigationLink(55, "/kunta/hankkeet", typeof(ProjectResource), "Nav.OwnProjects")
        {
            ShowTo = member => member.ActingMunicipalityId is not null,
        });
        services.AddNavigationLink(new NavigationLink(65, "/hankkeet/uusi", typeof(ProjectResource), "Nav.NewProject")
        {
            ShowTo = member => member.HasAnyRole(Writers),
        });
        return services;
    }
}
