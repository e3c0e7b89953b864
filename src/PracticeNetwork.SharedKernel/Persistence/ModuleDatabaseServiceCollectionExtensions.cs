using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PracticeNetwork.SharedKernel.Persistence;

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>Registers a module DbContext on the configured provider, with its own migrations history table.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleName)
        where TContext : DbContext
    {
        var module = new ModuleDatabase(moduleName, typeof(TContext));
        services.AddSingleton(module);
        services.AddDbContext<TContext>((provider, options) =>
            provider.GetRequiredService<IModuleDbContextConfigurator>().Configure(options, module));
        return services;
    }
}
