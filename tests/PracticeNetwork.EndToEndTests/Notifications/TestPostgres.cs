namespace PracticeNetwork.EndToEndTests.Notifications;

/// <summary>
/// The PostgreSQL server that './build.sh test' starts (<c>PN_TEST_POSTGRES</c>), as the integration tests use it:
/// under the build script (<c>PN_TEST_REQUIRE_SERVERS=1</c>) a missing server fails the test; a plain `dotnet test`
/// without one skips it with the reason.
/// </summary>
internal static class TestPostgres
{
    public static string Require()
    {
        if (Environment.GetEnvironmentVariable("PN_TEST_POSTGRES") is { Length: > 0 } server)
        {
            return server;
        }

        if (Environment.GetEnvironmentVariable("PN_TEST_REQUIRE_SERVERS") == "1")
        {
            throw new InvalidOperationException("PN_TEST_POSTGRES is not set although './build.sh test' requires every server.");
        }

        Assert.Skip("needs a PostgreSQL server: run './build.sh test', or export PN_TEST_POSTGRES (an Npgsql connection string to database postgres)");
        return string.Empty;
    }
}
