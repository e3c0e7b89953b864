using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Practices.Api;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Practices;

public static class PracticesModule
{
    private const MunicipalityRoles Writers = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    /// <summary>
    /// The practices module with its pages (found by Razor as an application part) and API, its place in the main
    /// navigation and on the municipality page. The Host provides an <see cref="SharedKernel.Files.IFileStore"/> for attachments.
    /// </summary>
    public static IServiceCollection AddPracticesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PracticesDbContext>(PracticesDbContext.ModuleName);
        services.AddContentType<PracticesDbContext, GoodPractice, PracticeContent, PracticeContentType>();
        services.AddValidatorsFromAssembly(typeof(PracticesModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddSingleton(new AttachmentLimits(
            configuration.GetValue("Attachments:MaxBytes", 10L * 1024 * 1024),
            configuration.GetValue("Attachments:MaxPerPractice", 20)));

        services.AddModuleApi(api => api.MapPracticesApi());
        services.AddMunicipalitySection(new MunicipalitySection(10, "MunicipalityPractices"));
        services.AddNavigationLink(new NavigationLink(20, "/kaytannot", typeof(PracticeResource), "Nav.Practices")
        {
            IsCurrent = path => path.StartsWith("/kaytannot", StringComparison.Ordinal) && path is not ("/kaytannot/uusimmat" or "/kaytannot/uusi"),
            HomeKey = "Nav.BrowsePractices",
        });
        services.AddNavigationLink(new NavigationLink(30, "/kaytannot/uusimmat", typeof(PracticeResource), "Nav.Latest"));
        services.AddNavigationLink(new NavigationLink(50, "/kunta/kaytannot", typeof(PracticeResource), "Nav.OwnPractices")
        {
            ShowTo = member => member.ActingMunicipalityId is not null,
        });
        services.AddNavigationLink(new NavigationLink(60, "/kaytannot/uusi", typeof(PracticeResource), "Nav.NewPractice")
        {
            ShowTo = member => member.HasAnyRole(Writers),
        });
        return services;
    }
}
