using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Projects.Data;

public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant), IContentDbContext
{
    public const string ModuleName = "Projects";

    public DbSet<DevelopmentProject> Projects => Set<DevelopmentProject>();

    public DbSet<ProjectStatusUpdate> Updates => Set<ProjectStatusUpdate>();

    public DbSet<ProjectContributionRecord> Contributions => Set<ProjectContributionRecord>();

    public DbSet<ContentRevision> Revisions => Set<ContentRevision>();

    public DbSet<ContentChange> Changes => Set<ContentChange>();

    public DbSet<ContentAttachment> Attachments => Set<ContentAttachment>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Before the base, which puts the tenant filter on every tenant-owned entity the model has by then.
        modelBuilder.AddContentTables<DevelopmentProject>("Project", itemColumn: "ProjectId", outboxTable: "ProjectsOutbox");
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class DevelopmentProjectConfiguration : IEntityTypeConfiguration<DevelopmentProject>
{
    public void Configure(EntityTypeBuilder<DevelopmentProject> builder)
    {
        builder.ToTable("Projects");
        builder.HasContentColumns();
        builder.Property(project => project.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(project => project.Language).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(project => project.ProjectStatus).HasConversion<int>();
        builder.Property(project => project.PartnerNames).HasMaxLength(2000).IsRequired();
        builder.Property(project => project.Partners).HasJsonConversion();
        builder.Property(project => project.Funding).HasJsonConversion();
        builder.Property(project => project.Contacts).HasJsonConversion();
        builder.Property(project => project.Links).HasJsonConversion();
        builder.Property(project => project.Awards).HasJsonConversion();
        builder.Ignore(project => project.Content);
        builder.HasIndex(project => new { project.Status, project.Audience, project.DeletedAt, project.StartDate });
        builder.OwnsMany(project => project.ThemeEntries, themes =>
        {
            themes.ToTable("ProjectThemes");
            themes.WithOwner().HasForeignKey("ProjectId");
            themes.Property(entry => entry.Theme).HasConversion<int>();
            themes.HasKey("ProjectId", nameof(ProjectThemeEntry.Theme));
            themes.HasIndex(nameof(ProjectThemeEntry.Theme), "ProjectId");
        });
        builder.OwnsMany(project => project.Participants, participants =>
        {
            participants.ToTable("ProjectParticipants");
            participants.WithOwner().HasForeignKey("ProjectId");
            // A generated row key: a new owned row with a key the code set would look like an existing one to EF Core.
            participants.Property<int>("Row").ValueGeneratedOnAdd();
            participants.HasKey("Row");
            participants.HasIndex("ProjectId", nameof(Participation.MunicipalityId)).IsUnique();
            participants.Property(participant => participant.State).HasConversion<int>();
            // "Projects this municipality takes part in", and the invitations waiting for it.
            participants.HasIndex(nameof(Participation.MunicipalityId), nameof(Participation.State));
        });
        builder.OwnsMany(project => project.Team, team =>
        {
            team.ToTable("ProjectTeam");
            team.WithOwner().HasForeignKey("ProjectId");
            team.Property<int>("Row").ValueGeneratedOnAdd();
            team.HasKey("Row");
            team.HasIndex("ProjectId", nameof(TeamMembership.PersonId), nameof(TeamMembership.MunicipalityId)).IsUnique();
            team.HasIndex(nameof(TeamMembership.PersonId), nameof(TeamMembership.MunicipalityId));
        });
        builder.OwnsMany(project => project.Milestones, milestones =>
        {
            milestones.ToTable("ProjectMilestones");
            milestones.WithOwner().HasForeignKey("ProjectId");
            milestones.Property<int>("Row").ValueGeneratedOnAdd();
            milestones.HasKey("Row");
            milestones.HasIndex(nameof(Milestone.Id)).IsUnique();
            milestones.Property(milestone => milestone.Title).HasMaxLength(200).IsRequired();
            milestones.Ignore(milestone => milestone.IsDone);
        });
        builder.Navigation(project => project.ThemeEntries).AutoInclude();
        builder.Navigation(project => project.Participants).AutoInclude();
        builder.Navigation(project => project.Team).AutoInclude();
        builder.Navigation(project => project.Milestones).AutoInclude();
    }
}

internal sealed class ProjectStatusUpdateConfiguration : IEntityTypeConfiguration<ProjectStatusUpdate>
{
    public void Configure(EntityTypeBuilder<ProjectStatusUpdate> builder)
    {
        builder.ToTable("ProjectUpdates");
        builder.HasKey(update => update.Id);
        builder.Property(update => update.Id).ValueGeneratedNever();
        builder.Property(update => update.Text).HasMaxLength(ProjectLimits.UpdateText).IsRequired();
        builder.HasOne<DevelopmentProject>().WithMany().HasForeignKey(update => update.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(update => new { update.ProjectId, update.PostedAt });
    }
}

internal sealed class ProjectContributionConfiguration : IEntityTypeConfiguration<ProjectContributionRecord>
{
    public void Configure(EntityTypeBuilder<ProjectContributionRecord> builder)
    {
        builder.ToTable("ProjectContributions");
        builder.HasKey(contribution => new { contribution.ProjectId, contribution.MunicipalityId });
        builder.Property(contribution => contribution.Role).HasMaxLength(ProjectLimits.ContributionRole).IsRequired();
        builder.Property(contribution => contribution.Resources).HasMaxLength(ProjectLimits.ContributionResources).IsRequired();
        builder.HasOne<DevelopmentProject>().WithMany().HasForeignKey(contribution => contribution.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
