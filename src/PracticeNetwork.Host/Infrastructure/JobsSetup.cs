using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using PracticeNetwork.Host.Jobs;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Hangfire on the same database family as the app: SQL Server storage in production, PostgreSQL storage on
/// PostgreSQL, in-memory storage on the embedded default. Dashboard at /jobs.
/// </summary>
internal static class JobsSetup
{
    public const string DashboardPath = "/jobs";

    public static IServiceCollection AddPracticeNetworkJobs(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        // One storage instance per app, registered before AddHangfire and handed to it, rather than Hangfire's
        // static JobStorage.Current: the server, the clients and the dashboard of this app all use this one.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database, configuration));
        // Likewise one job activator per app. AddHangfire would register the static JobActivator.Current, which the
        // last app to start overwrites: in a process with several apps (the integration tests), one app's server
        // then ran its jobs in another app's container, with that app's keys and settings, and its mail was lost.
        services.AddSingleton<JobActivator>(provider => new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>())
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer(options =>
        {
            options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount));
            // Also how often recurring jobs are checked: a schedule finer than this runs at most once per check.
            options.SchedulePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:SchedulePollSeconds", 15));
        });
        services.AddTransient<HousekeepingJob>();
        services.AddTransient<OutboxDispatchJob>();
        services.AddTransient<DigestJob>();
        return services;
    }

    private static JobStorage CreateStorage(DatabaseSettings database, IConfiguration configuration)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                return new Hangfire.SqlServer.SqlServerStorage(database.ConnectionString);
            case DatabaseProvider.PostgreSql:
                var options = new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:QueuePollSeconds", 5)) };
                return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString, options), options);
            default:
                return new Hangfire.InMemory.InMemoryStorage();
        }
    }

    public static WebApplication UsePracticeNetworkJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<HousekeepingJob>(HousekeepingJob.RecurringJobId, job => job.Run(), Cron.Hourly());
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        // Notifications:Schedule=false leaves the dispatcher and the digest to whoever calls them (tests that drive them).
        if (app.Configuration.GetValue("Notifications:Schedule", true))
        {
            manager.AddOrUpdate<OutboxDispatchJob>(OutboxDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
                app.Configuration["Notifications:DispatchCron"] ?? Cron.Minutely());
            manager.AddOrUpdate<DigestJob>(DigestJob.RecurringJobId, job => job.PlanAsync(CancellationToken.None),
                app.Configuration["Notifications:DigestCron"] ?? "*/5 * * * *");
        }
        else
        {
            manager.RemoveIfExists(OutboxDispatchJob.RecurringJobId);
            manager.RemoveIfExists(DigestJob.RecurringJobId);
        }
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new NetworkAdminsOnlyFilter()],
            DashboardTitle = "PracticeNetwork jobs",
            AppPath = "/",
        }, app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    /// <summary>Only signed-in network admins may see or touch the jobs.</summary>
    private sealed class NetworkAdminsOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Modules.Identity.Contracts.NetworkRoles.NetworkAdmin);
    }
}
