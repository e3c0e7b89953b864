using Microsoft.Extensions.DependencyInjection;

namespace PracticeNetwork.Modules.Processes;

public static class ProcessesModule
{
    /// <summary>The process descriptions module with its KPIs, pages and API.</summary>
    public static IServiceCollection AddProcessesModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
