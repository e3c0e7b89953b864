using System.Collections.Immutable;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The identities the server puts into tokens. For a person: <c>sub</c>, <c>name</c>, <c>email</c>, network
/// <c>role</c>s, <c>locale</c> and the acting municipality <c>pn_municipality</c> (only one they are still a member
/// of); for a client acting for itself: <c>sub</c> = its client id and <c>name</c>. The same claim types the sign-in
/// cookie carries, so <c>TenantResolutionMiddleware</c> treats a token like a cookie. Security stamps and other
/// Identity internals never go into a token.
/// </summary>
internal sealed class OidcIdentities(UserManager<Account> users, SignInManager<Account> signInManager, ISender sender)
{
    /// <summary>Whether the account may still get tokens: not locked out, and allowed to sign in.</summary>
    public async Task<bool> CanIssueTokensAsync(Account account) =>
        !await users.IsLockedOutAsync(account) && await signInManager.CanSignInAsync(account);

    /// <summary>
    /// A person's identity. <paramref name="template"/> (the principal restored from a code or refresh token)
    /// keeps OpenIddict's own claims (scopes, resources, authorization); the person's claims are read afresh.
    /// </summary>
    public async Task<ClaimsIdentity> ForPersonAsync(
        Account account, string? actingMunicipality, ImmutableArray<string> scopes, ClaimsPrincipal? template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            template?.Claims ?? [], authenticationType: "PracticeNetwork.Oidc", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaim(Claims.Email, account.Email)
            .SetClaim(Claims.Locale, account.PreferredLanguage)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(account)]);

        // The municipality chosen at sign-in, and only while the person is still a member of it
        // (TenantResolutionMiddleware checks the membership again on every API call).
        var memberships = await sender.Send(new GetMembershipsOfPerson(account.Id), cancellationToken);
        var acting = Guid.TryParse(actingMunicipality, out var municipalityId)
            && memberships.Any(membership => membership.MunicipalityId == municipalityId)
            ? municipalityId.ToString()
            : null;
        identity.SetClaim(PracticeNetworkClaims.ActingMunicipality, acting);

        identity.SetScopes(scopes);
        identity.SetResources(ResourcesFor(scopes));
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));
        return identity;
    }

    /// <summary>A client acting for itself (client credentials). Its sub is its client id, never a person's id.</summary>
    public static ClaimsIdentity ForClient(string clientId, string? displayName, ImmutableArray<string> scopes)
    {
        if (Guid.TryParse(clientId, out _))
        {
            // A GUID subject would read as a person id in TenantResolutionMiddleware.
            throw new InvalidOperationException("A client id must not be a GUID.");
        }

        var identity = new ClaimsIdentity(authenticationType: "PracticeNetwork.Oidc", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, displayName ?? clientId);
        identity.SetScopes(scopes);
        identity.SetResources(ResourcesFor(scopes));
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name ? [Destinations.AccessToken] : []);
        return identity;
    }

    /// <summary>Who gets a token for the API: only those granted its scope (it is the audience the API checks).</summary>
    public static ImmutableArray<string> ResourcesFor(ImmutableArray<string> scopes) =>
        scopes.Contains(OidcScopes.Api) ? [OidcScopes.ApiResource] : [];

    /// <summary>
    /// The access token carries what the API needs to act for the person (sub, name, roles, acting municipality,
    /// locale; email only with the email scope). The identity token carries what the client asked to know about
    /// the person, scope by scope.
    /// </summary>
    public static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name or Claims.Locale or PracticeNetworkClaims.ActingMunicipality => scopes.Contains(Scopes.Profile)
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken],
            Claims.Role => scopes.Contains(Scopes.Roles)
                ? [Destinations.AccessToken, Destinations.IdentityToken]
                : [Destinations.AccessToken],
            Claims.Email => scopes.Contains(Scopes.Email) ? [Destinations.AccessToken, Destinations.IdentityToken] : [],
            _ => [],
        };
    }
}
