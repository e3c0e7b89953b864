using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Practices;

public static class PracticesModule
{
    public static IServiceCollection AddPracticesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<PracticesDbContext>(PracticesDbContext.ModuleName);
        services.AddValidatorsFromAssembly(typeof(PracticesModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
