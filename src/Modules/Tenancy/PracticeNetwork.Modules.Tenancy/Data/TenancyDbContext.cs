using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Tenancy.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Tenancy.Data;

public sealed class TenancyDbContext(DbContextOptions<TenancyDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "Tenancy";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();
}
