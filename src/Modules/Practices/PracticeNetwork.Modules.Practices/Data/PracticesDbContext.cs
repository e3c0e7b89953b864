using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Practices.Data;

public sealed class PracticesDbContext(DbContextOptions<PracticesDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "Practices";

    public DbSet<GoodPractice> Practices => Set<GoodPractice>();
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
        builder.Ignore(practice => practice.Text);
        // Network-wide browsing: published items by audience, newest first.
        builder.HasIndex(practice => new { practice.Status, practice.Audience, practice.PublishedAt });
    }
}
