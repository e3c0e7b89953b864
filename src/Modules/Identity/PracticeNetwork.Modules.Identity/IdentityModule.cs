using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Identity;

public static class IdentityModule
{
    /// <summary>Accounts with ASP.NET Core Identity: passwords of at least 12 characters and no composition rules, lockout after 5 failures.</summary>
    public static IdentityBuilder AddIdentityModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.ModuleName);
        return services.AddIdentity<Account, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = false;
                options.ClaimsIdentity.UserIdClaimType = PracticeNetworkClaims.Subject;
                options.ClaimsIdentity.UserNameClaimType = "preferred_username";
                options.ClaimsIdentity.EmailClaimType = PracticeNetworkClaims.Email;
                options.ClaimsIdentity.RoleClaimType = PracticeNetworkClaims.Role;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaimsPrincipalFactory>();
    }
}
