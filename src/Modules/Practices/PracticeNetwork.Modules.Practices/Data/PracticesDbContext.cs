using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Data;

public sealed class PracticesDbContext(DbContextOptions<PracticesDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "Practices";

    public DbSet<GoodPractice> Practices => Set<GoodPractice>();

    public DbSet<PracticeRevision> Revisions => Set<PracticeRevision>();

    public DbSet<PracticeChange> Changes => Set<PracticeChange>();

    public DbSet<PracticeAttachment> Attachments => Set<PracticeAttachment>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddOutbox("PracticesOutbox");
    }
}

internal sealed class GoodPracticeConfiguration : IEntityTypeConfiguration<GoodPractice>
{
    public void Configure(EntityTypeBuilder<GoodPractice> builder)
    {
        builder.ToTable("GoodPractices");
        builder.HasKey(practice => practice.Id);
        builder.Property(practice => practice.Id).ValueGeneratedNever();
        builder.Property(practice => practice.Title).HasMaxLength(200).IsRequired();
        builder.Property(practice => practice.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(practice => practice.Language).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(practice => practice.ReviewComment).HasMaxLength(2000);
        builder.Property(practice => practice.Stage).HasConversion<int>();
        builder.Property(practice => practice.EvidenceLevel).HasConversion<int>();
        builder.Property(practice => practice.Audience).HasConversion<int>();
        builder.Property(practice => practice.Status).HasConversion<int>();
        builder.Property(practice => practice.Tags).HasJsonConversion();
        builder.Property(practice => practice.TargetGroups).HasJsonConversion();
        builder.Property(practice => practice.Contacts).HasJsonConversion();
        builder.Property(practice => practice.Links).HasJsonConversion();
        builder.Property(practice => practice.Awards).HasJsonConversion();
        builder.Ignore(practice => practice.Content);
        builder.Ignore(practice => practice.IsDeleted);
        builder.OwnsMany(practice => practice.ThemeEntries, themes =>
        {
            themes.ToTable("GoodPracticeThemes");
            themes.WithOwner().HasForeignKey("PracticeId");
            themes.Property(entry => entry.Theme).HasConversion<int>();
            themes.HasKey("PracticeId", nameof(PracticeThemeEntry.Theme));
            // The theme filter: practices of one theme without scanning.
            themes.HasIndex(nameof(PracticeThemeEntry.Theme), "PracticeId");
        });
        builder.Navigation(practice => practice.ThemeEntries).AutoInclude();
        // Browsing across the network: published, not deleted items by audience, newest first, and the latest
        // changes. DeletedAt is in the key so that counting a page's total reads only the index.
        builder.HasIndex(practice => new { practice.Status, practice.Audience, practice.DeletedAt, practice.PublishedAt });
        builder.HasIndex(practice => new { practice.Status, practice.Audience, practice.DeletedAt, practice.UpdatedAt });
        builder.HasIndex(practice => new { practice.MunicipalityId, practice.Status, practice.PublishedAt });
    }
}

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    public void Configure(EntityTypeBuilder<PracticeRevision> builder)
    {
        builder.ToTable("GoodPracticeRevisions");
        builder.HasKey(revision => revision.Id);
        builder.Property(revision => revision.Id).ValueGeneratedNever();
        builder.Property(revision => revision.Snapshot).IsRequired();
        builder.Property(revision => revision.ChangedFields).HasJsonConversion();
        builder.HasOne<GoodPractice>().WithMany().HasForeignKey(revision => revision.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(revision => new { revision.PracticeId, revision.Number }).IsUnique();
    }
}

internal sealed class PracticeChangeConfiguration : IEntityTypeConfiguration<PracticeChange>
{
    public void Configure(EntityTypeBuilder<PracticeChange> builder)
    {
        builder.ToTable("GoodPracticeChanges");
        builder.HasKey(change => change.Id);
        builder.Property(change => change.Id).ValueGeneratedNever();
        builder.Property(change => change.Kind).HasConversion<int>();
        builder.Property(change => change.Fields).HasJsonConversion();
        builder.Property(change => change.Comment).HasMaxLength(2000);
        builder.HasOne<GoodPractice>().WithMany().HasForeignKey(change => change.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(change => new { change.PracticeId, change.At });
    }
}

internal sealed class PracticeAttachmentConfiguration : IEntityTypeConfiguration<PracticeAttachment>
{
    public void Configure(EntityTypeBuilder<PracticeAttachment> builder)
    {
        builder.ToTable("GoodPracticeAttachments");
        builder.HasKey(attachment => attachment.Id);
        builder.Property(attachment => attachment.Id).ValueGeneratedNever();
        builder.Property(attachment => attachment.FileName).HasMaxLength(200).IsRequired();
        builder.Property(attachment => attachment.ContentType).HasMaxLength(120).IsUnicode(false).IsRequired();
        builder.Property(attachment => attachment.StorageKey).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.HasOne<GoodPractice>().WithMany().HasForeignKey(attachment => attachment.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(attachment => attachment.PracticeId);
    }
}
