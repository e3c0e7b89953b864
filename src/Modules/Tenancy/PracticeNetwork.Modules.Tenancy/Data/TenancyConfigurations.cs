using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.Modules.Tenancy.Domain;

namespace PracticeNetwork.Modules.Tenancy.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(region => region.Code);
        builder.Property(region => region.Code).HasMaxLength(2).IsUnicode(false);
        builder.Property(region => region.NameFi).HasMaxLength(100).IsRequired();
        builder.Property(region => region.NameSv).HasMaxLength(100).IsRequired();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.HasKey(municipality => municipality.Id);
        builder.Property(municipality => municipality.Id).ValueGeneratedNever();
        builder.Property(municipality => municipality.Code).HasMaxLength(3).IsUnicode(false).IsRequired();
        builder.HasIndex(municipality => municipality.Code).IsUnique();
        builder.Property(municipality => municipality.NameFi).HasMaxLength(100).IsRequired();
        builder.Property(municipality => municipality.NameSv).HasMaxLength(100).IsRequired();
        builder.Property(municipality => municipality.RegionCode).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.HasOne<Region>().WithMany().HasForeignKey(municipality => municipality.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasKey(membership => membership.Id);
        builder.Property(membership => membership.Id).ValueGeneratedNever();
        builder.HasIndex(membership => new { membership.MunicipalityId, membership.PersonId }).IsUnique();
        builder.HasIndex(membership => membership.PersonId);
        builder.Property(membership => membership.Roles).HasConversion<int>();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(membership => membership.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(invitation => invitation.Id);
        builder.Property(invitation => invitation.Id).ValueGeneratedNever();
        builder.Property(invitation => invitation.Email).HasMaxLength(256).IsRequired();
        builder.Property(invitation => invitation.Roles).HasConversion<int>();
        builder.Property(invitation => invitation.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        // Tokens are looked up across municipalities (the invitee acts for none yet), by the hash alone.
        builder.HasIndex(invitation => invitation.TokenHash);
        builder.HasIndex(invitation => new { invitation.MunicipalityId, invitation.TokenHash }).IsUnique();
        builder.HasIndex(invitation => new { invitation.MunicipalityId, invitation.Email });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(invitation => invitation.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
