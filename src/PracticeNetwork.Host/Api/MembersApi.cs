using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Host.Api;

/// <summary>/api/v1/members: the members of the municipality the caller acts for, and nobody else's.</summary>
internal static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/members", ListAsync).WithTags("Members").WithName("ListMembers").RequireAuthorization();
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<MemberSummary>>, ForbidHttpResult>> ListAsync(
        ISender sender, ITenantContext tenant, CancellationToken cancellationToken) =>
        tenant.MunicipalityId is null
            ? TypedResults.Forbid()
            : TypedResults.Ok(await sender.Send(new ListMembers(), cancellationToken));
}
