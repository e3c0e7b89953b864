using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Markdown;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Web.Composition;

/// <summary>How the Host and the modules' web parts register what the shared layout and pages show.</summary>
public static class WebComposition
{
    /// <summary>The web kit's own services: the current member and reader, and the Markdown renderer.</summary>
    public static IServiceCollection AddPracticeNetworkWeb(this IServiceCollection services)
    {
        services.AddScoped<CurrentMember>();
        services.AddScoped<IReaderContext, CurrentReader>();
        services.AddSingleton<MarkdownRenderer>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add(new PageFailureFilter()));
        return services;
    }

    public static IServiceCollection AddNavigationLink(this IServiceCollection services, NavigationLink link) =>
        services.AddSingleton(link);

    public static IServiceCollection AddModuleApi(this IServiceCollection services, Action<RouteGroupBuilder> map) =>
        services.AddSingleton(new ModuleApi(map));

    public static IServiceCollection AddMunicipalitySection(this IServiceCollection services, MunicipalitySection section) =>
        services.AddSingleton(section);
}
