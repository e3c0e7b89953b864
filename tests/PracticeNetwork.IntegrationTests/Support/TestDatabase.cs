using Npgsql;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A private, empty database for one test host: a SQLite file or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresServer;
    private readonly string? _postgresName;
    private readonly string? _folder;

    private TestDatabase(string provider, string connectionString, string? postgresServer, string? postgresName, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresServer = postgresServer;
        _postgresName = postgresName;
        _folder = folder;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() =>
        TestEnvironment.OnPostgres ? CreatePostgresAsync() : Task.FromResult(CreateSqlite());

    public static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("pn-sqlite-").FullName;
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")};Pooling=false", null, null, folder);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = TestEnvironment.RequirePostgres();
        var name = $"pn_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("PostgreSql", builder.ConnectionString, server, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresServer is not null)
        {
            // Only this database's pool: clearing all pools would break the other test hosts' connections
            // (their Hangfire workers then back off for minutes).
            await using (var own = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(own);
            }

            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing background job; the temp folder is cleaned by the OS.
            }
        }
    }
}
