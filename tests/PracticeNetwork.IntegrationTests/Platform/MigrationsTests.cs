using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Migrations.PostgreSql;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Migrations.SqlServer;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Fails when the model has changes that no migration covers: run ./build.sh migrations add &lt;Name&gt;.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string, string> ProvidersAndModules => new()
    {
        { "Sqlite", TenancyDbContext.ModuleName }, { "SqlServer", TenancyDbContext.ModuleName }, { "PostgreSql", TenancyDbContext.ModuleName },
        { "Sqlite", AccountsDbContext.ModuleName }, { "SqlServer", AccountsDbContext.ModuleName }, { "PostgreSql", AccountsDbContext.ModuleName },
        { "Sqlite", PracticesDbContext.ModuleName }, { "SqlServer", PracticesDbContext.ModuleName }, { "PostgreSql", PracticesDbContext.ModuleName },
        { "Sqlite", ProjectsDbContext.ModuleName }, { "SqlServer", ProjectsDbContext.ModuleName }, { "PostgreSql", ProjectsDbContext.ModuleName },
    };

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
        var database = module switch
        {
            TenancyDbContext.ModuleName => new ModuleDatabase(module, typeof(TenancyDbContext)),
            PracticesDbContext.ModuleName => new ModuleDatabase(module, typeof(PracticesDbContext)),
            ProjectsDbContext.ModuleName => new ModuleDatabase(module, typeof(ProjectsDbContext)),
            _ => new ModuleDatabase(module, typeof(AccountsDbContext)),
        };
        Action<DbContextOptionsBuilder> configure = provider switch
        {
            "Sqlite" => options => SqliteProvider.Configure(options, "Data Source=:memory:", database),
            "SqlServer" => options => SqlServerProvider.Configure(options, "Server=unused;Database=unused", database),
            _ => options => PostgreSqlProvider.Configure(options, "Host=unused;Database=unused", database),
        };

        if (module == TenancyDbContext.ModuleName)
        {
            var tenancy = new DbContextOptionsBuilder<TenancyDbContext>();
            configure(tenancy);
            return new TenancyDbContext(tenancy.Options, new TenantContext());
        }

        if (module == PracticesDbContext.ModuleName)
        {
            var practices = new DbContextOptionsBuilder<PracticesDbContext>();
            configure(practices);
            return new PracticesDbContext(practices.Options, new TenantContext());
        }

        if (module == ProjectsDbContext.ModuleName)
        {
            var projects = new DbContextOptionsBuilder<ProjectsDbContext>();
            configure(projects);
            return new ProjectsDbContext(projects.Options, new TenantContext());
        }

        var accounts = new DbContextOptionsBuilder<AccountsDbContext>();
        configure(accounts);
        return new AccountsDbContext(accounts.Options);
    }
}
