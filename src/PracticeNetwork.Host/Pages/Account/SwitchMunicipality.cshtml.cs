using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>
/// Chooses the municipality a member of several acts for. The choice is kept in the sign-in cookie and only
/// accepted when the member really is a member there; the form value alone never decides.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SwitchMunicipalityModel(MemberSignIn memberSignIn, CurrentMember member, ISender sender) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(Guid municipalityId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (member.Memberships.All(membership => membership.MunicipalityId != municipalityId))
        {
            return Forbid();
        }

        await memberSignIn.RefreshAsync(User, municipalityId, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.SwitchedMunicipality, member.PersonId, municipalityId.ToString(), municipalityId), cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
