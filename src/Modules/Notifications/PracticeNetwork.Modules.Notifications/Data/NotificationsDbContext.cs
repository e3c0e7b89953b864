using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Notifications.Data;

/// <summary>
/// Follows, notifications, digest settings and deliveries, and the dispatcher's dead letters. Nothing here is owned by
/// a municipality: rows belong to a person, and every read is by the signed-in person's id (or by the background jobs).
/// </summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "Notifications";

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DigestSettings> DigestSettings => Set<DigestSettings>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<DispatchFailure> DispatchFailures => Set<DispatchFailure>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.ToTable("SavedSearches");
        builder.HasKey(search => search.Key);
        builder.Property(search => search.Key).HasMaxLength(64).IsUnicode(false);
        builder.Property(search => search.Search).HasMaxLength(Search.Contracts.SavedSearch.MaxLength).IsRequired();
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("Follows");
        builder.HasKey(follow => follow.Id);
        builder.Property(follow => follow.Id).ValueGeneratedNever();
        builder.Property(follow => follow.Key).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Ignore(follow => follow.Target);
        builder.HasIndex(follow => new { follow.PersonId, follow.Kind, follow.Key }).IsUnique();
        // The dispatcher's one lookup per event: the followers of an item's targets.
        builder.HasIndex(follow => new { follow.Kind, follow.Key, follow.IsActive });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(notification => notification.Id);
        builder.Property(notification => notification.Id).ValueGeneratedNever();
        builder.Property(notification => notification.EventType).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(notification => notification.ContentKind).HasMaxLength(40).IsUnicode(false).IsRequired();
        builder.Property(notification => notification.Title).HasMaxLength(300).IsRequired();
        builder.Property(notification => notification.ReasonKey).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Ignore(notification => notification.Reason);
        // An event handled twice inserts nothing twice.
        builder.HasIndex(notification => new { notification.EventId, notification.PersonId }).IsUnique();
        builder.HasIndex(notification => new { notification.PersonId, notification.CreatedAt });
        builder.HasIndex(notification => new { notification.PersonId, notification.ReadAt });
    }
}

internal sealed class DigestSettingsConfiguration : IEntityTypeConfiguration<DigestSettings>
{
    public void Configure(EntityTypeBuilder<DigestSettings> builder)
    {
        builder.ToTable("DigestSettings");
        builder.HasKey(settings => settings.PersonId);
        builder.Property(settings => settings.PersonId).ValueGeneratedNever();
        builder.Ignore(settings => settings.Preference);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.ToTable("DigestDeliveries");
        builder.HasKey(delivery => delivery.Id);
        builder.Property(delivery => delivery.Id).ValueGeneratedNever();
        builder.Property(delivery => delivery.PeriodKey).HasMaxLength(16).IsUnicode(false).IsRequired();
        builder.Property(delivery => delivery.ClaimedBy).HasMaxLength(200).IsRequired();
        builder.Property(delivery => delivery.LastError).HasMaxLength(2000);
        // Exactly one digest per member and period: the claim is this insert.
        builder.HasIndex(delivery => new { delivery.MemberId, delivery.PeriodKey }).IsUnique();
        builder.HasIndex(delivery => new { delivery.State, delivery.DueAt });
    }
}

internal sealed class DispatchFailureConfiguration : IEntityTypeConfiguration<DispatchFailure>
{
    public void Configure(EntityTypeBuilder<DispatchFailure> builder)
    {
        builder.ToTable("DispatchFailures");
        builder.HasKey(failure => failure.MessageId);
        builder.Property(failure => failure.MessageId).ValueGeneratedNever();
        builder.Property(failure => failure.Source).HasMaxLength(40).IsUnicode(false).IsRequired();
        builder.Property(failure => failure.EventType).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.Property(failure => failure.LastError).HasMaxLength(2000).IsRequired();
    }
}
