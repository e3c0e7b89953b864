using PracticeNetwork.Modules.Search.Api;
using PracticeNetwork.Modules.Search.Indexing;
using PracticeNetwork.Modules.Search.Querying;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Search;

public static class SearchModule
{
    /// <summary>This server's search index (built at start, kept current from the outboxes), the search page and API.</summary>
    public static IServiceCollection AddSearchModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SearchOptions.From(configuration));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexer>());
        services.AddSingleton<SearchEngine>();
        services.AddScoped<SearchDescription>();
        services.AddScoped<IContentBrowseIndex, IndexBrowse>();
        services.AddModuleApi(api => api.MapSearchApi());
        services.AddNavigationLink(new NavigationLink(86, Pages.SearchAdmin.IndexModel.Route, typeof(SearchResource), "Nav.Admin")
        {
            ShowTo = member => member.IsNetworkAdmin,
            IsCurrent = path => path.StartsWith(Pages.SearchAdmin.IndexModel.Route, StringComparison.Ordinal),
        });
        return services;
    }
}
