using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Processes.Pages;

/// <summary>The processes' and the KPI catalogue's place in the main navigation and on the municipality page.</summary>
public static class ProcessesWeb
{
    public const MunicipalityRoles Writers = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public static IServiceCollection AddProcessPages(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMunicipalitySection(new MunicipalitySection(30, "MunicipalityProcesses"));
        services.AddNavigationLink(new NavigationLink(30, ProcessPages.List, typeof(ProcessResource), "Nav.Processes")
        {
            IsCurrent = path => path.StartsWith(ProcessPages.List, StringComparison.Ordinal) && path != ProcessPages.New,
            HomeKey = "Nav.BrowseProcesses",
        });
        services.AddNavigationLink(new NavigationLink(35, ProcessPages.Catalogue, typeof(ProcessResource), "Nav.Kpis")
        {
            IsCurrent = path => path.StartsWith(ProcessPages.Catalogue, StringComparison.Ordinal),
            HomeKey = "Nav.CompareKpis",
        });
        services.AddNavigationLink(new NavigationLink(57, ProcessPages.OwnList, typeof(ProcessResource), "Nav.OwnProcesses")
        {
            ShowTo = member => member.ActingMunicipalityId is not null,
        });
        services.AddNavigationLink(new NavigationLink(67, ProcessPages.New, typeof(ProcessResource), "Nav.NewProcess")
        {
            ShowTo = member => member.HasAnyRole(Writers),
        });
        return services;
    }
}
