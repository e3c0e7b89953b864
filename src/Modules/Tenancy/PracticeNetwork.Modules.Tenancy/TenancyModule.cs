using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.Modules.Tenancy.Features.Municipalities;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Tenancy;

public static class TenancyModule
{
    public static IServiceCollection AddTenancyModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<TenancyDbContext>(TenancyDbContext.ModuleName);
        services.AddMemoryCache();
        services.AddScoped<MunicipalityDirectory>();
        services.AddScoped<MunicipalitySeeder>();
        services.AddScoped<IReferenceDataSeeder>(provider => provider.GetRequiredService<MunicipalitySeeder>());
        services.AddValidatorsFromAssembly(typeof(TenancyModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
