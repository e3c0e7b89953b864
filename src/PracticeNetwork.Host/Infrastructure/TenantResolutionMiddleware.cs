using System.Security.Claims;
using Mediator;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Fills the request's tenant context from the signed-in member: the municipality they chose to act for
/// (a claim in their sign-in cookie or token), and only if they really are a member of it. A request
/// parameter never chooses the municipality. Anonymous requests act for none, so tenant data stays hidden.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string PersonIdClaim = "sub";
    public const string ActingMunicipalityClaim = "pn_municipality";

    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, ISender sender)
    {
        var acting = await ResolveAsync(context.User, sender, context.RequestAborted);
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

    private static async Task<Guid?> ResolveAsync(ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(PersonIdClaim), out var personId)
            || !Guid.TryParse(user.FindFirstValue(ActingMunicipalityClaim), out var municipalityId))
        {
            return null;
        }

        var memberships = await sender.Send(new GetMembershipsOfPerson(personId), cancellationToken);
        return memberships.Any(membership => membership.MunicipalityId == municipalityId) ? municipalityId : null;
    }
}
