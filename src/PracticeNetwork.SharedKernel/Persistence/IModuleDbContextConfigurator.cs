using Microsoft.EntityFrameworkCore;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>Applies the configured database provider and connection to a module's DbContext options.</summary>
public interface IModuleDbContextConfigurator
{
    void Configure(DbContextOptionsBuilder options, ModuleDatabase module);
}
