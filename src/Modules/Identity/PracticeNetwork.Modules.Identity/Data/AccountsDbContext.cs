using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Domain;

namespace PracticeNetwork.Modules.Identity.Data;

/// <summary>
/// Accounts (ASP.NET Core Identity) and the OpenID Connect server's applications, authorizations, scopes and
/// tokens (OpenIddict). Nothing here is tenant-owned: an account spans municipalities.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public const string ModuleName = "Identity";

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
        builder.Entity<IdentityRole<Guid>>().ToTable("AccountRoles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("AccountRoleGrants");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AccountClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AccountLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AccountTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("AccountRoleClaims");
    }
}
