using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Migrations.PostgreSql;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Migrations.SqlServer;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Host.Infrastructure;

internal sealed class ModuleDbContextConfigurator(DatabaseSettings settings) : IModuleDbContextConfigurator
{
    public void Configure(DbContextOptionsBuilder options, ModuleDatabase module)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteProvider.Configure(options, settings.ConnectionString, module);
                break;
            case DatabaseProvider.SqlServer:
                SqlServerProvider.Configure(options, settings.ConnectionString, module);
                break;
            case DatabaseProvider.PostgreSql:
                PostgreSqlProvider.Configure(options, settings.ConnectionString, module);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }
    }
}
