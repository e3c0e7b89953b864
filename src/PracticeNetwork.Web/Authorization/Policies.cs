using Microsoft.AspNetCore.Authorization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Authorization;

/// <summary>
/// The named policies pages and endpoints ask for. Municipality roles are read from the member's membership
/// in the acting municipality on every request, so a role change takes effect at once.
/// </summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string MemberOfMunicipality = nameof(MemberOfMunicipality);
    public const string CanEditInMunicipality = nameof(CanEditInMunicipality);
    public const string CanReviewInMunicipality = nameof(CanReviewInMunicipality);
    public const string CanAdministerMunicipality = nameof(CanAdministerMunicipality);
    public const string NetworkAdmin = nameof(NetworkAdmin);

    private const MunicipalityRoles Anyone =
        MunicipalityRoles.Viewer | MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public static IServiceCollection AddPracticeNetworkAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, MunicipalityRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(MemberOfMunicipality, policy => policy.RequireAuthenticatedUser().AddRequirements(new MunicipalityRoleRequirement(Anyone)))
            .AddPolicy(CanEditInMunicipality, policy => policy.RequireAuthenticatedUser().AddRequirements(new MunicipalityRoleRequirement(
                MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin)))
            .AddPolicy(CanReviewInMunicipality, policy => policy.RequireAuthenticatedUser().AddRequirements(new MunicipalityRoleRequirement(
                MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin)))
            .AddPolicy(CanAdministerMunicipality, policy => policy.RequireAuthenticatedUser().AddRequirements(new MunicipalityRoleRequirement(
                MunicipalityRoles.MunicipalityAdmin)))
            .AddPolicy(NetworkAdmin, policy => policy.RequireAuthenticatedUser().RequireRole(NetworkRoles.NetworkAdmin));
        return services;
    }
}

/// <summary>Met when the member holds any of <see cref="AnyOf"/> in the municipality they act for.</summary>
public sealed record MunicipalityRoleRequirement(MunicipalityRoles AnyOf) : IAuthorizationRequirement;

internal sealed class MunicipalityRoleHandler(CurrentMember member) : AuthorizationHandler<MunicipalityRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MunicipalityRoleRequirement requirement)
    {
        if (member.HasAnyRole(requirement.AnyOf))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
