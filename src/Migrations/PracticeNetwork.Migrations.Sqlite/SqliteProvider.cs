using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Migrations.Sqlite;

/// <summary>How every module DbContext is configured on SQLite, at run time and at design time alike.</summary>
public static class SqliteProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString, ModuleDatabase module)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(module);
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name)
            .MigrationsHistoryTable(module.MigrationsHistoryTable));
    }
}
