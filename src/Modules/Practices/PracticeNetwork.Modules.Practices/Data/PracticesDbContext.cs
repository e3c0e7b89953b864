using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Data;

public sealed class PracticesDbContext(DbContextOptions<PracticesDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant), IContentDbContext
{
    public const string ModuleName = "Practices";

    public DbSet<GoodPractice> Practices => Set<GoodPractice>();

    public DbSet<ContentRevision> Revisions => Set<ContentRevision>();

    public DbSet<ContentChange> Changes => Set<ContentChange>();

    public DbSet<ContentAttachment> Attachments => Set<ContentAttachment>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Before the base, which puts the tenant filter on every tenant-owned entity the model has by then.
        modelBuilder.AddContentTables<GoodPractice>("GoodPractice", itemColumn: "PracticeId", outboxTable: "PracticesOutbox");
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class GoodPracticeConfiguration : IEntityTypeConfiguration<GoodPractice>
{
    public void Configure(EntityTypeBuilder<GoodPractice> builder)
    {
        builder.ToTable("GoodPractices");
        builder.HasContentColumns();
        builder.Property(practice => practice.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(practice => practice.Language).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(practice => practice.Stage).HasConversion<int>();
        builder.Property(practice => practice.EvidenceLevel).HasConversion<int>();
        builder.Property(practice => practice.Tags).HasJsonConversion();
        builder.Property(practice => practice.TargetGroups).HasJsonConversion();
        builder.Property(practice => practice.Contacts).HasJsonConversion();
        builder.Property(practice => practice.Links).HasJsonConversion();
        builder.Property(practice => practice.Awards).HasJsonConversion();
        builder.Ignore(practice => practice.Content);
        // "The practices this project produced", on every project page.
        builder.HasIndex(practice => practice.OriginProjectId);
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
    }
}
