using System.Security.Claims;
using Mediator;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Fills the request's tenant context from the signed-in member: the municipality they chose to act for
/// (a claim in their sign-in cookie or token), and only if they really are a member of it. A request
/// parameter never chooses the municipality. Anonymous requests act for none, so tenant data stays hidden.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, CurrentMember member, ISender sender)
    {
        await ResolveAsync(context.User, member, sender, context.RequestAborted);
        var acting = member.ActingMunicipalityId;
        if (acting is null)
        {
            await next(context);
            return;
        }

        using (tenant.Change(acting))
        {
            await next(context);
        }
    }

    private static async Task ResolveAsync(ClaimsPrincipal user, CurrentMember member, ISender sender, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(PracticeNetworkClaims.Subject), out var personId))
        {
            return;
        }

        var memberships = await sender.Send(new GetMembershipsOfPerson(personId), cancellationToken);
        var acting = Guid.TryParse(user.FindFirstValue(PracticeNetworkClaims.ActingMunicipality), out var municipalityId) ? municipalityId : (Guid?)null;
        member.Resolve(personId, user.FindFirstValue(PracticeNetworkClaims.Name), user.IsInRole(NetworkRoles.NetworkAdmin), memberships, acting);
    }
}
