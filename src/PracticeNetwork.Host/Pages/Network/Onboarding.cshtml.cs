using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Host.Infrastructure.Email;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Host.Pages.Network;

/// <summary>Network admins bring a municipality in by inviting its first admin.</summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class OnboardingModel(
    ISender sender, ITenantContext tenant, CurrentMember member, InvitationMail mail,
    IStringLocalizer<SharedResource> localizer) : PageModel, IShowsFieldErrors
{
    public sealed record Row(MunicipalitySummary Municipality, MembershipCount Count);

    public IReadOnlyList<MunicipalitySummary> Municipalities { get; private set; } = [];

    public IReadOnlyList<Row> Joined { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? MunicipalityCode { get; set; }

    [BindProperty]
    public string AdminEmail { get; set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var municipality = MunicipalityCode is null ? null : await sender.Send(new GetMunicipality(MunicipalityCode), cancellationToken);
        if (municipality is null)
        {
            ModelState.AddModelError(nameof(MunicipalityCode), localizer["ChooseMunicipality"]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var name = MunicipalityNames.Of(municipality.Municipality);
        var counts = await sender.Send(new GetMembershipCounts(), cancellationToken);
        if (counts.TryGetValue(municipality.Municipality.Id, out var count) && count.Admins > 0)
        {
            // A municipality with admins runs its own membership; network admins do not let themselves in.
            ModelState.AddModelError(nameof(MunicipalityCode), localizer["MunicipalityHasAdmins", name]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }

        // A reviewed cross-tenant write: the network admin acts for the municipality only to issue this invitation.
        IssuedInvitation issued;
        using (tenant.Change(municipality.Municipality.Id))
        {
            issued = await sender.Send(new InviteMember(AdminEmail, MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer, member.PersonId!.Value), cancellationToken);
        }

        await mail.SendAsync(issued, AdminEmail, name, member.DisplayName ?? string.Empty, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.MemberInvited, member.PersonId, AdminEmail.Trim(), municipality.Municipality.Id, "first admin"), cancellationToken);
        Notice = localizer["AdminInvitationSent", AdminEmail.Trim(), name];
        return RedirectToPage();
    }

    /// <summary>An address the invitation cannot go to: the message by the address field.</summary>
    public async Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ModelState.AddModelError(nameof(AdminEmail), localizer["InvalidEmail"]);
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = (await sender.Send(new ListMunicipalities(), cancellationToken)).SelectMany(group => group.Municipalities).ToList();
        Municipalities = MunicipalityNames.Sorted(all).ToList();
        var counts = await sender.Send(new GetMembershipCounts(), cancellationToken);
        Joined = Municipalities.Where(m => counts.ContainsKey(m.Id)).Select(m => new Row(m, counts[m.Id])).ToList();
    }
}
