using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The real host on a private database (SQLite file, or PostgreSQL under ./build.sh test), migrated at start.
/// One per test class; tests create their own data and never depend on each other's.
/// </summary>
public class PracticeNetworkFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    private TestDatabase? _database;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("pn-data-").FullName;

    public string Provider => _database!.Provider;

    /// <summary>
    /// Mail goes straight to SMTP in most test hosts: with many apps in one process Hangfire's process-wide state
    /// can starve one app's queue. The queue itself is tested by <see cref="QueuedMailFactory"/> and end to end.
    /// </summary>
    protected virtual bool QueueEmail => false;

    /// <summary>High by default so that sign-in tests never trip the limiter; the rate-limit test lowers it.</summary>
    protected virtual int SignInAttemptsPerMinute => 1000;

    /// <summary>High by default so that token tests never trip the limiter; the rate-limit test lowers it.</summary>
    protected virtual int TokenRequestsPerMinute => 1000;

    public string DataFolder => _dataFolder;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Services; // start the host: migrates and seeds the database
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database!.Provider);
        builder.UseSetting("ConnectionStrings:PracticeNetwork", _database.ConnectionString);
        builder.UseSetting("Database:MigrateAtStartup", "true");
        builder.UseSetting("Storage:DataFolder", _dataFolder);
        builder.UseSetting("Jobs:WorkerCount", "1");
        builder.UseSetting("Jobs:QueuePollSeconds", "1");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Email:Queue", QueueEmail ? "true" : "false");
        if (TestMail.SmtpServer is var (smtpHost, smtpPort))
        {
            builder.UseSetting("Smtp:Host", smtpHost);
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        builder.UseSetting("Oidc:EphemeralKeys", "true");
        builder.UseSetting("RateLimiting:TokenPerMinute", TokenRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:SignInPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            // Requests that name a test person use the test scheme; all others the app's own choice
            // (the sign-in cookie for pages, bearer tokens for /api).
            services.AddAuthentication(options =>
                {
                    options.DefaultScheme = "TestOrCookie";
                    options.DefaultAuthenticateScheme = "TestOrCookie";
                    options.DefaultChallengeScheme = "TestOrCookie";
                    options.DefaultForbidScheme = "TestOrCookie";
                })
                .AddPolicyScheme("TestOrCookie", "Test or cookie", options => options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthentication.PersonHeader)
                        ? TestAuthentication.SchemeName
                        : PracticeNetwork.Host.Oidc.OidcSetup.SelectScheme(context))
                .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, _ => { });
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, RemoteIpFromHeader>());
        });
    }

    /// <summary>Where this host's mail ends up: the real SMTP server's Maildir under ./build.sh test, else the pickup folder.</summary>
    public MailDrop Mail => TestMail.DropFor(_dataFolder);

    /// <summary>Runs <paramref name="work"/> in a fresh scope acting for <paramref name="municipalityId"/> (null: for none).</summary>
    public async Task<T> InScopeAsync<T>(Guid? municipalityId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(municipalityId))
        {
            return await work(scope.ServiceProvider);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    /// <summary>TestServer has no remote address; tests choose one to exercise local-only endpoints.</summary>
    private sealed class RemoteIpFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteIpHeader, out var ip))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
