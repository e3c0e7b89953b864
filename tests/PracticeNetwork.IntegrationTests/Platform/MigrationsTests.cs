using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Migrations.PostgreSql;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Migrations.SqlServer;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Fails when the model has changes that no migration covers: run ./build.sh migrations add &lt;Name&gt;.</summary>
public sealed class MigrationsTests
{
    private static readonly Dictionary<string, (Type Context, Func<Action<DbContextOptionsBuilder>, DbContext> Create)> Modules = new()
    {
        [TenancyDbContext.ModuleName] = (typeof(TenancyDbContext), configure => new TenancyDbContext(Options<TenancyDbContext>(configure), new TenantContext())),
        [AccountsDbContext.ModuleName] = (typeof(AccountsDbContext), configure => new AccountsDbContext(Options<AccountsDbContext>(configure))),
        [PracticesDbContext.ModuleName] = (typeof(PracticesDbContext), configure => new PracticesDbContext(Options<PracticesDbContext>(configure), new TenantContext())),
        [ProjectsDbContext.ModuleName] = (typeof(ProjectsDbContext), configure => new ProjectsDbContext(Options<ProjectsDbContext>(configure), new TenantContext())),
        [ProcessesDbContext.ModuleName] = (typeof(ProcessesDbContext), configure => new ProcessesDbContext(Options<ProcessesDbContext>(configure), new TenantContext())),
    };

    public static TheoryData<string, string> ProvidersAndModules()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in Modules.Keys)
        {
            foreach (var provider in new[] { "Sqlite", "SqlServer", "PostgreSql" })
            {
                data.Add(provider, module);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndModules))]
    public void Migrations_cover_the_model(string provider, string module)
    {
        using var db = Create(provider, module);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {module} model has changes no {provider} migration covers. Run: ./build.sh migrations add <Name>");
    }

    private static DbContext Create(string provider, string module)
    {
        var (context, create) = Modules[module];
        var database = new ModuleDatabase(module, context);
        Action<DbContextOptionsBuilder> configure = provider switch
        {
            "Sqlite" => options => SqliteProvider.Configure(options, "Data Source=:memory:", database),
            "SqlServer" => options => SqlServerProvider.Configure(options, "Server=unused;Database=unused", database),
            _ => options => PostgreSqlProvider.Configure(options, "Host=unused;Database=unused", database),
        };
        return create(configure);
    }

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder> configure)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        configure(options);
        return options.Options;
    }
}
