namespace PracticeNetwork.IntegrationTests;

/// <summary>What ./build.sh test provides through the environment; plain `dotnet test` has none of it.</summary>
internal static class TestEnvironment
{
    public const string RunBuildScript = "needs the private PostgreSQL server that './build.sh test' starts; run './build.sh test'";

    /// <summary>Sqlite (default) or PostgreSql: the database the whole integration suite runs on.</summary>
    public static string Database => Environment.GetEnvironmentVariable("PN_TEST_DATABASE") is { Length: > 0 } value ? value : "Sqlite";

    public static string? PostgresServer => Environment.GetEnvironmentVariable("PN_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>Under ./build.sh test every server must be there: a missing one fails instead of skipping.</summary>
    public static bool ServersRequired => Environment.GetEnvironmentVariable("PN_TEST_REQUIRE_SERVERS") == "1";

    public static bool OnPostgres => string.Equals(Database, "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string RequirePostgres()
    {
        if (PostgresServer is { } server)
        {
            return server;
        }

        if (ServersRequired || OnPostgres)
        {
            throw new InvalidOperationException("PN_TEST_POSTGRES is not set although PostgreSQL was asked for.");
        }

        Assert.Skip(RunBuildScript);
        return string.Empty;
    }
}
