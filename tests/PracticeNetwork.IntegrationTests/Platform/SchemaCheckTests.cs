using System.Diagnostics;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The real app process against a server database it may not migrate by itself.</summary>
public sealed class SchemaCheckTests
{
    [Fact]
    public async Task The_app_refuses_to_start_on_an_out_of_date_schema_and_says_how_to_fix_it()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (exitCode, output) = await RunHostAsync(database, "Database:MigrateAtStartup=false");

        Assert.Equal(1, exitCode);
        Assert.Contains("schema is out of date", output, StringComparison.Ordinal);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_migrate_command_brings_the_schema_up_to_date_and_exits()
    {
        await using var database = await TestDatabase.CreateAsync();

        var (exitCode, output) = await RunHostAsync(database, "migrate");

        Assert.True(exitCode == 0, output);
        Assert.Contains("schema is current", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_network_admin_of_a_new_installation_is_made_from_the_command_line()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (migrated, migrateOutput) = await RunHostAsync(database, "migrate");
        Assert.True(migrated == 0, migrateOutput);

        var (exitCode, output) = await RunHostAsync(database, "network-admin first.admin@verkosto.example Ensimmäinen Ylläpitäjä");
        var (againCode, againOutput) = await RunHostAsync(database, "network-admin first.admin@verkosto.example");

        Assert.True(exitCode == 0, output);
        Assert.Contains("first.admin@verkosto.example is now a network admin.", output, StringComparison.Ordinal);
        Assert.Contains("/salasana/uusi?email=first.admin%40verkosto.example&token=", output, StringComparison.Ordinal);
        Assert.True(againCode == 0, againOutput);
        Assert.Contains("already was a network admin", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_PostgreSQL_server_is_migrated_by_the_migrate_command_and_then_serves_ready()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();

        var (exitCode, output) = await RunHostAsync(database, "migrate");
        Assert.True(exitCode == 0, output);

        var (startCode, startOutput) = await RunHostAsync(database, "Database:MigrateAtStartup=false", stopWhenListening: true);
        Assert.True(startCode == 0, startOutput);
        Assert.Contains("Now listening on", startOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_the_app_refuses_to_start_without_its_public_address()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (migrated, migrateOutput) = await RunHostAsync(database, "migrate");
        Assert.True(migrated == 0, migrateOutput);

        var (exitCode, output) = await RunHostAsync(database, "Database:MigrateAtStartup=false", environment: "Production");

        Assert.Equal(1, exitCode);
        Assert.Contains("App:PublicBaseUrl must be set", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(
        TestDatabase database, string argument, bool stopWhenListening = false, string environment = "Development")
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "PracticeNetwork.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(hostDll);
        foreach (var part in argument.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(part.Contains('=', StringComparison.Ordinal) ? $"--{part}" : part);
        }
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__PracticeNetwork"] = database.ConnectionString;
        start.Environment["Storage__DataFolder"] = Directory.CreateTempSubdirectory("pn-schema-").FullName;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        // A server database needs signing certificates from configuration; these tests are about the schema.
        start.Environment["Oidc__EphemeralKeys"] = "true";
        if (database.Provider == "Sqlite")
        {
            // The embedded default migrates itself unless told not to; the refusal test tells it not to.
            start.Environment["Database__MigrateAtStartup"] = argument == "migrate" ? "true" : "false";
        }

        var output = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource();
        using var process = new Process { StartInfo = start };
        void Collect(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            if (line?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exited = process.WaitForExitAsync(timeout.Token);
        if (stopWhenListening && await Task.WhenAny(exited, listening.Task) == listening.Task)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(timeout.Token);
            return (0, output.ToString());
        }

        await exited;
        process.WaitForExit(); // flushes the asynchronous output readers
        return (process.ExitCode, output.ToString());
    }
}
