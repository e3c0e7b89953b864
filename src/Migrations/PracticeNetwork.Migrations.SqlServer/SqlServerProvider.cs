using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Migrations.SqlServer;

/// <summary>How every module DbContext is configured on SQL Server, at run time and at design time alike.</summary>
public static class SqlServerProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString, ModuleDatabase module)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(module);
        options.UseSqlServer(connectionString, sqlServer => sqlServer
            .MigrationsAssembly(typeof(SqlServerProvider).Assembly.GetName().Name)
            .MigrationsHistoryTable(module.MigrationsHistoryTable)
            .EnableRetryOnFailure());
    }
}
