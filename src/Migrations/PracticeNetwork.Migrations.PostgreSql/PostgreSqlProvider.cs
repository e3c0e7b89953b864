using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Migrations.PostgreSql;

/// <summary>How every module DbContext is configured on PostgreSQL, at run time and at design time alike.</summary>
public static class PostgreSqlProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString, ModuleDatabase module)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(module);
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name)
            .MigrationsHistoryTable(module.MigrationsHistoryTable));
    }
}
