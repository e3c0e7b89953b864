using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Authorization;

/// <summary>
/// Signs a member in with the municipality they act for in the cookie: the one asked for if they are a member
/// of it, else the one they acted for last time, else their first membership. The choice is remembered.
/// </summary>
public sealed class MemberSignIn(SignInManager<Account> signInManager, ISender sender)
{
    public async Task SignInAsync(Account account, bool isPersistent, Guid? actingMunicipalityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var memberships = await sender.Send(new GetMembershipsOfPerson(account.Id), cancellationToken);
        var acting = memberships.FirstOrDefault(membership => membership.MunicipalityId == actingMunicipalityId)
            ?? memberships.FirstOrDefault(membership => membership.MunicipalityId == account.LastMunicipalityId)
            ?? (memberships.Count > 0 ? memberships[0] : null);
        if (acting is not null && account.LastMunicipalityId != acting.MunicipalityId)
        {
            account.LastMunicipalityId = acting.MunicipalityId;
            await signInManager.UserManager.UpdateAsync(account);
        }

        var claims = acting is null
            ? []
            : new[] { new Claim(PracticeNetworkClaims.ActingMunicipality, acting.MunicipalityId.ToString()) };
        await signInManager.SignInWithClaimsAsync(account, isPersistent, claims);
    }

    /// <summary>Re-issues the cookie, e.g. after switching municipality or changing the preferred language.</summary>
    public async Task RefreshAsync(ClaimsPrincipal user, Guid? actingMunicipalityId, CancellationToken cancellationToken)
    {
        var account = await signInManager.UserManager.GetUserAsync(user)
            ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        var authenticate = await signInManager.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await SignInAsync(account, authenticate.Properties?.IsPersistent ?? false, actingMunicipalityId, cancellationToken);
    }
}
