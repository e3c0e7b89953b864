using PracticeNetwork.Host.Infrastructure;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddPracticeNetwork();
// Disposed on every exit path, so the console logger flushes what it queued (a refusal to start must be read).
await using var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    return await app.MigrateDatabaseAsync() ? 0 : 1;
}

if (args.Contains(NetworkAdminBootstrap.Command, StringComparer.OrdinalIgnoreCase))
{
    return await NetworkAdminBootstrap.RunFromCommandLineAsync(app, args);
}

if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

try
{
    app.UsePracticeNetwork();
}
catch (Exception configurationError) when (configurationError is InvalidOperationException
    or System.Security.Cryptography.CryptographicException or FormatException or IOException)
{
    // A missing or unusable setting (e.g. OpenID Connect certificates): say so plainly and stop.
    app.Logger.LogCritical("PracticeNetwork cannot start: {Reason}", configurationError.Message);
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
