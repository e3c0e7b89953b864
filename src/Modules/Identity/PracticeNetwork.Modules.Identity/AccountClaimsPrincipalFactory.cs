using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;

namespace PracticeNetwork.Modules.Identity;

/// <summary>Adds the display name and preferred language to the claims Identity issues.</summary>
internal sealed class AccountClaimsPrincipalFactory(
    UserManager<Account> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(PracticeNetworkClaims.Name, user.DisplayName));
        if (user.PreferredLanguage is { Length: > 0 } language)
        {
            identity.AddClaim(new Claim(PracticeNetworkClaims.PreferredLanguage, language));
        }

        return identity;
    }
}
