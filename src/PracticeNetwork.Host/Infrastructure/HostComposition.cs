using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Api;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Infrastructure.Email;
using PracticeNetwork.Host.Oidc;
using PracticeNetwork.Modules.Notifications;
using PracticeNetwork.Modules.Practices;
using PracticeNetwork.Modules.Processes;
using PracticeNetwork.Modules.Projects;
using PracticeNetwork.Modules.Search;
using PracticeNetwork.Modules.Tenancy;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Composition;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>The composition root: which modules and infrastructure make up the app, and the request pipeline.</summary>
internal static class HostComposition
{
    public static WebApplicationBuilder AddPracticeNetwork(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var storage = StorageSettings.From(builder.Configuration);
        var database = DatabaseSettings.From(builder.Configuration, storage.DataFolder);

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        services.AddSingleton(storage);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IModuleDbContextConfigurator, ModuleDbContextConfigurator>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<DatabaseSchema>();
        services.AddSingleton(Demo.DemoSettings.From(builder.Configuration, database, builder.Environment));
        services.AddScoped<Demo.DemoNetwork>();
        services.AddScoped<Demo.DemoImports>();
        services.AddScoped<Demo.DemoPractices>();
        services.AddScoped<Demo.DemoProjects>();
        services.AddScoped<Demo.DemoProcesses>();
        services.AddScoped<Demo.DemoNotifications>();
        services.AddScoped<NetworkAdminBootstrap>();

        services.AddTenancyModule();
        services.AddPracticeNetworkWeb();
        services.AddHostNavigation();
        services.AddPracticesModule(builder.Configuration);
        services.AddProjectsModule(builder.Configuration);
        services.AddProcessesModule(builder.Configuration);
        services.AddNotificationsModule(builder.Configuration);
        services.AddSearchModule(builder.Configuration);
        services.AddSingleton<PracticeNetwork.SharedKernel.Files.IFileStore>(
            new Files.LocalFolderFileStore(storage.FilesFolder));

        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });

        services.AddPracticeNetworkLocalization();
        services.AddRazorPages(options => options.Conventions
                .ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute())
                .ConfigureFilter(new UnhandledMethodPageFilter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".PracticeNetwork.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddPracticeNetworkIdentity(builder.Configuration);
        services.AddPracticeNetworkEmail(builder.Configuration, builder.Environment, storage);
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<PracticeNetwork.SharedKernel.Email.IMailLinks>(provider => provider.GetRequiredService<PublicUrls>());
        services.AddPracticeNetworkOidc(builder.Configuration, storage, builder.Environment);
        services.AddDataProtection()
            .SetApplicationName("PracticeNetwork")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataFolder, "keys")));
        services.AddPracticeNetworkAuthorization();
        services.AddPracticeNetworkApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        var knownProxies = builder.Configuration["ForwardedHeaders:KnownProxies"];
        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, knownProxies));
        services.AddPracticeNetworkJobs(database, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Behind a reverse proxy (<c>ForwardedHeaders:KnownProxies</c>, comma-separated IPs), the client's address
    /// and scheme come from X-Forwarded-For/-Proto: HSTS and secure cookies then work over TLS, and the
    /// rate limits count the real client addresses.
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, string? knownProxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in knownProxies?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
    }

    public static WebApplication UsePracticeNetwork(this WebApplication app)
    {
        // Links in emails (invitations, password resets) must never take their origin from a request's Host header.
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")
            && string.IsNullOrWhiteSpace(app.Configuration["App:PublicBaseUrl"]))
        {
            throw new InvalidOperationException(
                "App:PublicBaseUrl must be set outside Development (e.g. https://kaytannot.example.fi): links in emails are built from it.");
        }

        app.UseForwardedHeaders();
        app.UseMiddleware<HeadResponseMiddleware>();
        app.UseExceptionHandler("/virhe");
        app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApiRequest(context), pages => pages.UseStatusCodePagesWithReExecute("/virhe/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UsePracticeNetworkOidc();
        app.UseAuthentication();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        var api = app.MapGroup("/api/v1").AnswerHeadLikeGet();
        api.MapMunicipalitiesApi();
        api.MapMembersApi();
        foreach (var module in app.Services.GetServices<ModuleApi>())
        {
            module.Map(api);
        }

        app.MapApiDocumentation();
        app.MapRazorPages();
        app.UsePracticeNetworkJobs();
        return app;
    }

    private static void PrintDemoLogins(string password, IEnumerable<string> clients)
    {
        var lines = new List<string> { string.Empty, "Demo sign-in (password for everyone: " + password + "):" };
        lines.AddRange(Demo.DemoNetwork.People.Select(person => $"  {person.Email,-42} {person.Description}"));
        lines.AddRange(clients);
        lines.Add(string.Empty);
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }

    private static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The embedded default migrates and seeds itself. A server database must be migrated explicitly
    /// (<c>migrate</c>); against an out-of-date schema the app refuses to start and says how to fix it.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        var migrateAtStart = app.Configuration.GetValue("Database:MigrateAtStartup", database.IsEmbedded);
        if (migrateAtStart)
        {
            return await app.MigrateDatabaseAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().GetPendingMigrationsAsync(CancellationToken.None);
        if (pending.Count == 0)
        {
            return true;
        }

        app.Logger.LogCritical(
            "The {Provider} database schema is out of date: {Count} migration(s) not applied ({Pending}). " +
            "Run 'dotnet PracticeNetwork.Host.dll migrate' with the same configuration first; see docs/operations.md.",
            database.Provider, pending.Count, string.Join(", ", pending));
        return false;
    }

    public static async Task<bool> MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().MigrateAsync(CancellationToken.None);
            app.Logger.LogInformation("The {Provider} database schema is current.", database.Provider);
            // Demo people and their printed password only where nobody real can reach them, unless asked for.
            if (app.Services.GetRequiredService<Demo.DemoSettings>().Enabled)
            {
                var password = await scope.ServiceProvider.GetRequiredService<Demo.DemoNetwork>().SeedAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<Demo.DemoPractices>().SeedAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<Demo.DemoProjects>().SeedAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<Demo.DemoProcesses>().SeedAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<Demo.DemoNotifications>().SeedAsync(CancellationToken.None);
                var clientSecret = await scope.ServiceProvider.GetRequiredService<Oidc.DemoClients>().SeedAsync(CancellationToken.None);
                PrintDemoLogins(password, Oidc.DemoClients.Describe(clientSecret));
            }

            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            app.Logger.LogCritical(exception, "Migrating the {Provider} database failed.", database.Provider);
            return false;
        }
    }
}
