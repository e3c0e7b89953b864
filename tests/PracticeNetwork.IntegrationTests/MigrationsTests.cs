using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Migrations.PostgreSql;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Migrations.SqlServer;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Fails when the model has changes that no migration covers: run ./build.sh migrations add &lt;Name&gt;.</summary>
public sealed class MigrationsTests
{
    private static readonly ModuleDatabase Tenancy = new(TenancyDbContext.ModuleName, typeof(TenancyDbContext));

    [Fact]
    public void Sqlite_migrations_cover_the_model() =>
        AssertCovered(options => SqliteProvider.Configure(options, "Data Source=:memory:", Tenancy));

    [Fact]
    public void SqlServer_migrations_cover_the_model() =>
        AssertCovered(options => SqlServerProvider.Configure(options, "Server=unused;Database=unused", Tenancy));

    [Fact]
    public void PostgreSql_migrations_cover_the_model() =>
        AssertCovered(options => PostgreSqlProvider.Configure(options, "Host=unused;Database=unused", Tenancy));

    private static void AssertCovered(Action<DbContextOptionsBuilder> configure)
    {
        var options = new DbContextOptionsBuilder<TenancyDbContext>();
        configure(options);
        using var db = new TenancyDbContext(options.Options, new TenantContext());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The Tenancy model has changes no migration covers. Run: ./build.sh migrations add <Name>");
    }
}
