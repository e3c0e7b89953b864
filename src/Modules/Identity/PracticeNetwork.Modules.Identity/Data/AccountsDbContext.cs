using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Identity.Data;

/// <summary>
/// Accounts (ASP.NET Core Identity) and the OpenID Connect server's applications, authorizations, scopes and
/// tokens (OpenIddict). Nothing here is tenant-owned: an account spans municipalities.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public const string ModuleName = "Identity";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ProviderConventions.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.Entity<Account>(account =>
        {
            account.ToTable("Accounts");
            account.Property(a => a.DisplayName).HasMaxLength(200).IsRequired();
            account.Property(a => a.PreferredLanguage).HasMaxLength(2).IsUnicode(false);
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Action).HasMaxLength(64).IsUnicode(false).IsRequired();
            entry.Property(e => e.Subject).HasMaxLength(256).IsRequired();
            entry.Property(e => e.Details).HasMaxLength(2000);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Action, e.At });
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("AccountRoles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("AccountRoleGrants");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AccountClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AccountLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AccountTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("AccountRoleClaims");
    }
}
