using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// Base of every module's DbContext; the one place where tenancy is enforced for data:
/// a named query filter on every <see cref="ITenantOwned"/> entity (fail-closed when no municipality acts),
/// and <see cref="SaveChanges(bool)"/> stamping new rows with the acting municipality and refusing any write
/// for another municipality or without one.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    /// <summary>The name of the query filter that hides other municipalities' rows.</summary>
    public const string TenantFilter = "Tenant";

    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Read by the query filter on every query, so it follows <see cref="ITenantContext.Change"/>.</summary>
    protected Guid? CurrentMunicipalityId => tenant.MunicipalityId;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        ProviderConventions.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clr) && entityType.BaseType is null)
            {
                ApplyTenantFilterMethod.MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
            }

            if (typeof(IVersioned).IsAssignableFrom(clr) && entityType.BaseType is null)
            {
                modelBuilder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned
    {
        modelBuilder.Entity<TEntity>().HasQueryFilter(
            TenantFilter,
            entity => CurrentMunicipalityId != null && entity.MunicipalityId == CurrentMunicipalityId);
        modelBuilder.Entity<TEntity>().HasIndex(entity => entity.MunicipalityId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnforceTenancyAndVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnforceTenancyAndVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void EnforceTenancyAndVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned owned)
            {
                EnforceTenant(entry, owned);
            }

            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                entry.Property(nameof(IVersioned.Version)).CurrentValue = versioned.Version + 1;
            }
        }
    }

    private void EnforceTenant(EntityEntry entry, ITenantOwned owned)
    {
        if (entry.State is EntityState.Unchanged or EntityState.Detached)
        {
            return;
        }

        var acting = tenant.MunicipalityId
            ?? throw new TenantViolationException(
                $"Cannot {entry.State.ToString().ToLowerInvariant()} {entry.Metadata.DisplayName()} without an acting municipality.");

        var property = entry.Property(nameof(ITenantOwned.MunicipalityId));
        if (entry.State == EntityState.Added && owned.MunicipalityId == Guid.Empty)
        {
            property.CurrentValue = acting;
            return;
        }

        var original = entry.State == EntityState.Added ? owned.MunicipalityId : (Guid)property.OriginalValue!;
        if (owned.MunicipalityId != acting || original != acting)
        {
            throw new TenantViolationException(
                $"{entry.Metadata.DisplayName()} belongs to municipality {original}, but the acting municipality is {acting}.");
        }
    }
}
