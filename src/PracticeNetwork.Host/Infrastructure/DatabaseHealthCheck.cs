using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Ready when the database answers and its schema has every migration this build knows.</summary>
internal sealed class DatabaseHealthCheck(DatabaseSchema schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await schema.GetPendingMigrationsAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Database reachable, schema current.")
                : HealthCheckResult.Unhealthy($"Schema out of date: {pending.Count} migration(s) pending.");
        }
#pragma warning disable CA1031 // A health check reports every failure as unhealthy rather than throwing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", exception);
        }
    }
}
