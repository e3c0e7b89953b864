using System.Text.Json.Serialization;
using OpenIddict.Abstractions;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Oidc;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Api;

/// <summary>What every /api/v1 endpoint shares: JSON (camelCase, enums by name), the writers' policy, and the OpenAPI description.</summary>
internal static class ApiSetup
{
    private const MunicipalityRoles AnyRole =
        MunicipalityRoles.Viewer | MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public static IServiceCollection AddPracticeNetworkApi(this IServiceCollection services)
    {
        // Enums travel as their names, and only as names: a number is refused like an unknown name.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false)));
        services.AddAuthorizationBuilder().AddPolicy(ApiConventions.MemberPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(OidcScopes.Api))
            .AddRequirements(new MunicipalityRoleRequirement(AnyRole)));
        services.AddPracticeNetworkApiDocumentation();
        return services;
    }
}
