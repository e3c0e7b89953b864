using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Practices;

public static class PracticesModule
{
    /// <summary>The practices module; the Host provides an <see cref="SharedKernel.Files.IFileStore"/> for attachments.</summary>
    public static IServiceCollection AddPracticesModule(this IServiceCollection services, AttachmentLimits limits)
    {
        services.AddModuleDbContext<PracticesDbContext>(PracticesDbContext.ModuleName);
        services.AddValidatorsFromAssembly(typeof(PracticesModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddSingleton(limits);
        return services;
    }
}
