using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

public static class ContentServices
{
    /// <summary>
    /// Registers the shared machinery for one content type held in <typeparamref name="TDb"/>: the lifecycle, files and
    /// history, described by <typeparamref name="TType"/>. The module's use cases are thin handlers over these.
    /// </summary>
    public static IServiceCollection AddContentType<TDb, TItem, TContent, TType>(this IServiceCollection services)
        where TDb : DbContext, IContentDbContext
        where TItem : ContentItem<TContent>
        where TContent : class, IContentFields<TContent>
        where TType : ContentType<TItem, TContent>, new()
    {
        services.AddSingleton<ContentType<TItem, TContent>>(new TType());
        services.AddScoped(provider => new ContentDb<TItem>(provider.GetRequiredService<TDb>()));
        services.AddScoped<ContentLifecycle<TItem, TContent>>();
        services.AddScoped<ContentFiles<TItem, TContent>>();
        services.AddScoped<ContentHistoryReader<TItem, TContent>>();
        services.AddScoped<ContentImport<TItem, TContent>>();
        services.AddScoped<IContentFeed, ContentFeed<TItem, TContent>>();
        services.AddScoped<IContentSearchSource, ContentSearchSource<TItem, TContent>>();
        services.TryAddScoped<IContentBrowseIndex, NoContentBrowseIndex>();
        return services;
    }
}
