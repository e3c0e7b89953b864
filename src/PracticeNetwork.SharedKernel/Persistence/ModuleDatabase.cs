namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// Registers a module's DbContext for schema migration, schema checks and health checks.
/// <paramref name="Name"/> also names the module's migrations history table.
/// </summary>
public sealed record ModuleDatabase(string Name, Type DbContextType)
{
    public string MigrationsHistoryTable => $"__Migrations_{Name}";
}
