namespace PracticeNetwork.EndToEndTests.Notifications;

/// <summary>
/// The demo network on PostgreSQL, made once for the fault tests by a real host (migrations at start, the demo seed)
/// that is then shut down; each test copies it into a fresh database instead of seeding the demo again.
/// </summary>
public sealed class DemoNetworkTemplate : IAsyncDisposable
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private DigestFaultNetwork? _template;

    internal async Task<DigestFaultNetwork> CopyAsync()
    {
        await _once.WaitAsync();
        try
        {
            _template ??= await SeedAsync();
        }
        finally
        {
            _once.Release();
        }

        return await DigestFaultNetwork.CreateAsync(_template);
    }

    public async ValueTask DisposeAsync()
    {
        if (_template is not null)
        {
            await _template.DisposeAsync();
        }

        _once.Dispose();
    }

    private static async Task<DigestFaultNetwork> SeedAsync()
    {
        var template = await DigestFaultNetwork.CreateAsync();
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PracticeNetwork"] = template.ConnectionString,
            ["Database:MigrateAtStartup"] = "true",
            ["Demo:Enabled"] = "true",
            ["Notifications:Schedule"] = "false",
            ["Oidc:EphemeralKeys"] = "true",
        });
        // Stopped, not killed: its Hangfire server signs off, so no copy holds a dead server's row or lock.
        await host.StopAsync();
        return template;
    }
}
