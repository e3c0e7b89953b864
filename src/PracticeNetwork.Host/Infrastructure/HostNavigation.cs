using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>The Host's own entries of the main navigation; the modules add theirs in between (see their Order).</summary>
internal static class HostNavigation
{
    public static IServiceCollection AddHostNavigation(this IServiceCollection services) => services
        .AddNavigationLink(new NavigationLink(10, "/", typeof(SharedResource), "NavHome"))
        .AddNavigationLink(new NavigationLink(40, "/kunnat", typeof(SharedResource), "NavMunicipalities"))
        .AddNavigationLink(new NavigationLink(70, "/kunta/jasenet", typeof(SharedResource), "NavMembers")
        {
            ShowTo = member => member.HasAnyRole(MunicipalityRoles.MunicipalityAdmin),
            IsCurrent = path => path == "/kunta/jasenet",
        })
        .AddNavigationLink(new NavigationLink(80, "/verkosto/kunnat", typeof(SharedResource), "NavNetwork")
        {
            ShowTo = member => member.IsNetworkAdmin,
            IsCurrent = path => path.StartsWith("/verkosto", StringComparison.Ordinal),
        });
}
