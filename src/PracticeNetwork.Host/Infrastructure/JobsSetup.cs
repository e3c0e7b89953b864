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
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(
                        options => options.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:QueuePollSeconds", 5)) });
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        services.AddHangfireServer(options =>
            options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount)));
        services.AddTransient<HousekeepingJob>();
        return services;
    }

    public static WebApplication UsePracticeNetworkJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<HousekeepingJob>(HousekeepingJob.RecurringJobId, job => job.Run(), Cron.Hourly());
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new NetworkAdminsOnlyFilter()],
            DashboardTitle = "PracticeNetwork jobs",
            AppPath = "/",
        });
        return app;
    }

    /// <summary>Only signed-in network admins may see or touch the jobs.</summary>
    private sealed class NetworkAdminsOnlyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Modules.Identity.Contracts.NetworkRoles.NetworkAdmin);
    }
}
