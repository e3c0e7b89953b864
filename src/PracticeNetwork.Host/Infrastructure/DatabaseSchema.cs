using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Migrates every module's schema, seeds reference data, and tells whether the schema is current.</summary>
internal sealed class DatabaseSchema(IServiceProvider services, IEnumerable<ModuleDatabase> modules, ILogger<DatabaseSchema> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            var db = (DbContext)services.GetRequiredService(module.DbContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to module {Module}: {Migrations}", pending.Count, module.Name, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        foreach (var seeder in services.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>The migrations not yet applied, per module; empty when the schema is current.</summary>
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        foreach (var module in modules)
        {
            var db = (DbContext)services.GetRequiredService(module.DbContextType);
            pending.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(migration => $"{module.Name}: {migration}"));
        }

        return pending;
    }
}
