using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Processes.Data;

public sealed class ProcessesDbContext(DbContextOptions<ProcessesDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant), IContentDbContext
{
    public const string ModuleName = "Processes";

    public DbSet<ProcessDescription> Processes => Set<ProcessDescription>();

    public DbSet<KpiMeasurement> Measurements => Set<KpiMeasurement>();

    public DbSet<KpiMeasurementCorrection> Corrections => Set<KpiMeasurementCorrection>();

    public DbSet<NetworkKpi> NetworkKpis => Set<NetworkKpi>();

    public DbSet<ContentRevision> Revisions => Set<ContentRevision>();

    public DbSet<ContentChange> Changes => Set<ContentChange>();

    public DbSet<ContentAttachment> Attachments => Set<ContentAttachment>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Before the base, which puts the tenant filter on every tenant-owned entity the model has by then.
        modelBuilder.AddContentTables<ProcessDescription>("Process", itemColumn: "ProcessId", outboxTable: "ProcessesOutbox");
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class ProcessDescriptionConfiguration : IEntityTypeConfiguration<ProcessDescription>
{
    public void Configure(EntityTypeBuilder<ProcessDescription> builder)
    {
        builder.ToTable("Processes");
        builder.HasContentColumns();
        builder.Property(process => process.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(process => process.Unit).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(process => process.ProcessOwner).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(process => process.StartEvent).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(process => process.EndEvent).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(process => process.Language).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(process => process.Inputs).HasJsonConversion();
        builder.Property(process => process.Outputs).HasJsonConversion();
        builder.Property(process => process.Customers).HasJsonConversion();
        builder.Property(process => process.Steps).HasJsonConversion();
        builder.Property(process => process.Bottlenecks).HasJsonConversion();
        builder.Property(process => process.RelatedPractices).HasJsonConversion();
        builder.Property(process => process.RelatedProjects).HasJsonConversion();
        builder.Property(process => process.Contacts).HasJsonConversion();
        builder.Property(process => process.Links).HasJsonConversion();
        builder.Ignore(process => process.Content);
        builder.HasIndex(process => new { process.Status, process.Audience, process.DeletedAt, process.PublishedAt });
        builder.OwnsMany(process => process.ThemeEntries, themes =>
        {
            themes.ToTable("ProcessThemes");
            themes.WithOwner().HasForeignKey("ProcessId");
            themes.Property(entry => entry.Theme).HasConversion<int>();
            themes.HasKey("ProcessId", nameof(ProcessThemeEntry.Theme));
            themes.HasIndex(nameof(ProcessThemeEntry.Theme), "ProcessId");
        });
        builder.OwnsMany(process => process.Kpis, kpis =>
        {
            kpis.ToTable("ProcessKpis");
            kpis.WithOwner().HasForeignKey("ProcessId");
            kpis.HasKey(kpi => kpi.Id);
            kpis.Property(kpi => kpi.Id).ValueGeneratedNever();
            kpis.Property(kpi => kpi.Name).HasMaxLength(ProcessLimits.ShortText).IsRequired();
            kpis.Property(kpi => kpi.Definition).HasMaxLength(ProcessLimits.KpiText).IsRequired();
            kpis.Property(kpi => kpi.Formula).HasMaxLength(ProcessLimits.KpiText).IsRequired();
            kpis.Property(kpi => kpi.Unit).HasMaxLength(40).IsRequired();
            kpis.Property(kpi => kpi.DataSource).HasMaxLength(ProcessLimits.ShortText).IsRequired();
            kpis.Property(kpi => kpi.Owner).HasMaxLength(ProcessLimits.ShortText).IsRequired();
            kpis.Property(kpi => kpi.Baseline).HasPrecision(18, 4);
            kpis.Property(kpi => kpi.Target).HasPrecision(18, 4);
            kpis.Property(kpi => kpi.Direction).HasConversion<int>();
            kpis.Property(kpi => kpi.Frequency).HasConversion<int>();
            // "Which processes measure this network KPI": the comparison page and the KPI filter.
            kpis.HasIndex(kpi => kpi.NetworkKpiId);
        });
    }
}

internal sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.ToTable("KpiMeasurements");
        builder.HasKey(measurement => measurement.Id);
        builder.Property(measurement => measurement.Id).ValueGeneratedNever();
        builder.Property(measurement => measurement.Period).HasMaxLength(7).IsUnicode(false).IsRequired();
        builder.Property(measurement => measurement.Value).HasPrecision(18, 4);
        builder.Property(measurement => measurement.Note).HasMaxLength(ProcessLimits.ShortText);
        // One current value per period: a second one is a conflict, a change is a correction.
        builder.HasIndex(measurement => new { measurement.KpiId, measurement.Period }).IsUnique();
        builder.HasIndex(measurement => new { measurement.ProcessId, measurement.KpiId, measurement.PeriodStart });
    }
}

internal sealed class KpiMeasurementCorrectionConfiguration : IEntityTypeConfiguration<KpiMeasurementCorrection>
{
    public void Configure(EntityTypeBuilder<KpiMeasurementCorrection> builder)
    {
        builder.ToTable("KpiMeasurementCorrections");
        builder.HasKey(correction => correction.Id);
        builder.Property(correction => correction.Id).ValueGeneratedNever();
        builder.Property(correction => correction.Value).HasPrecision(18, 4);
        builder.Property(correction => correction.Note).HasMaxLength(ProcessLimits.ShortText);
        builder.HasIndex(correction => new { correction.MeasurementId, correction.ReplacedAt });
    }
}

internal sealed class NetworkKpiConfiguration : IEntityTypeConfiguration<NetworkKpi>
{
    public void Configure(EntityTypeBuilder<NetworkKpi> builder)
    {
        builder.ToTable("NetworkKpis");
        builder.HasKey(kpi => kpi.Id);
        builder.Property(kpi => kpi.Id).ValueGeneratedNever();
        builder.Property(kpi => kpi.Code).HasMaxLength(80).IsUnicode(false).IsRequired();
        builder.HasIndex(kpi => kpi.Code).IsUnique();
        builder.Property(kpi => kpi.NameFi).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(kpi => kpi.NameSv).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(kpi => kpi.NameEn).HasMaxLength(ProcessLimits.ShortText).IsRequired();
        builder.Property(kpi => kpi.Unit).HasMaxLength(40).IsRequired();
        builder.Property(kpi => kpi.Direction).HasConversion<int>();
        builder.Property(kpi => kpi.Frequency).HasConversion<int>();
    }
}
