using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Processes.Api;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Processes.Features.Kpis;
using PracticeNetwork.Modules.Processes.Features.Measurements;
using PracticeNetwork.Modules.Processes.Features.Read;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Processes;

public static class ProcessesModule
{
    /// <summary>The process descriptions module with its KPIs, pages and API.</summary>
    public static IServiceCollection AddProcessesModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<ProcessesDbContext>(ProcessesDbContext.ModuleName);
        services.AddContentType<ProcessesDbContext, ProcessDescription, ProcessContent, ProcessContentType>();
        services.AddValidatorsFromAssembly(typeof(ProcessesModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<IReferenceDataSeeder, NetworkKpiSeeder>();
        services.AddScoped<KpiWork>();
        services.AddScoped<MeasurementRecorder>();
        services.AddScoped<ProcessReads>();
        services.AddModuleApi(api => api.MapProcessesApi());
        Pages.ProcessesWeb.AddProcessPages(services);
        return services;
    }
}
