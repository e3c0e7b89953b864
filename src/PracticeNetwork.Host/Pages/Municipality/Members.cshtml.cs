using System.Globalization;
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
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Host.Pages.Municipality;

/// <summary>The acting municipality's members: invite, change roles, remove. Municipality admins only.</summary>
[Authorize(Policy = Policies.CanAdministerMunicipality)]
public sealed class MembersModel(
    ISender sender, CurrentMember member, InvitationMail mail,
    IStringLocalizer<SharedResource> localizer) : PageModel, IShowsFieldErrors, IShowsConflicts
{
    public sealed record MemberRow(MemberSummary Membership, string Name, string Email);

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<InvitationDetails> Invitations { get; private set; } = [];

    public string MunicipalityName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string InviteEmail { get; set; } = string.Empty;

    [BindProperty]
    public List<MunicipalityRoles> InviteRoles { get; set; } = [MunicipalityRoles.Viewer];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var roles = Combine(InviteRoles);
        var issued = await sender.Send(new InviteMember(InviteEmail, roles, member.PersonId!.Value), cancellationToken);
        await LoadAsync(cancellationToken);
        await mail.SendAsync(issued, InviteEmail, MunicipalityName, member.DisplayName ?? string.Empty, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.MemberInvited, member.PersonId, InviteEmail.Trim(), member.ActingMunicipalityId, roles.ToString()), cancellationToken);
        Notice = localizer["InvitationSent", InviteEmail.Trim()];
        return RedirectToPage();
    }

    /// <summary>The invitation's errors by its fields; a role change without roles says so above the list.</summary>
    public async Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        if (handler == "Invite")
        {
            if (invalid.Errors.ContainsKey(nameof(InviteMember.Email)))
            {
                ModelState.AddModelError(nameof(InviteEmail), localizer["InvalidEmail"]);
            }

            if (invalid.Errors.ContainsKey(nameof(InviteMember.Roles)))
            {
                ModelState.AddModelError(nameof(InviteRoles), localizer["ChooseAtLeastOneRole"]);
            }
        }
        else
        {
            ModelState.AddModelError(string.Empty, localizer["ChooseAtLeastOneRole"]);
        }

        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var translated = conflict.Code is null ? null : localizer[$"Conflict{conflict.Code}"];
        ModelState.AddModelError(string.Empty, translated is { ResourceNotFound: false } ? translated.Value : conflict.Message);
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid membershipId, List<MunicipalityRoles> roles, int version, CancellationToken cancellationToken)
    {
        return await ChangeAsync(new ChangeMemberRoles(membershipId, Combine(roles), version), "RolesUpdated", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        return await ChangeAsync(new RemoveMember(membershipId), "MemberRemoved", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        return await ChangeAsync(new RevokeInvitation(invitationId), "InvitationWithdrawn", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(ICommand command, string doneKey, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        var (action, subject, details) = command switch
        {
            ChangeMemberRoles change => (AuditActions.RolesChanged, change.MembershipId.ToString(), change.Roles.ToString()),
            RemoveMember remove => (AuditActions.MemberRemoved, remove.MembershipId.ToString(), (string?)null),
            RevokeInvitation revoke => (AuditActions.InvitationRevoked, revoke.InvitationId.ToString(), (string?)null),
            _ => throw new InvalidOperationException($"Unexpected command {command}"),
        };
        await sender.Send(new RecordAudit(action, member.PersonId, subject, member.ActingMunicipalityId, details), cancellationToken);
        Notice = localizer[doneKey];
        return RedirectToPage();
    }

    private static MunicipalityRoles Combine(IEnumerable<MunicipalityRoles> roles) =>
        roles.Aggregate(MunicipalityRoles.None, (all, role) => all | role);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var memberships = await sender.Send(new ListMembers(), cancellationToken);
        var accounts = (await sender.Send(new GetAccounts(memberships.Select(m => m.PersonId).ToList()), cancellationToken))
            .ToDictionary(account => account.PersonId);
        Members = memberships
            .Select(m => accounts.TryGetValue(m.PersonId, out var account)
                ? new MemberRow(m, account.DisplayName, account.Email)
                : new MemberRow(m, m.PersonId.ToString(), string.Empty))
            .OrderBy(row => row.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();
        Invitations = await sender.Send(new ListPendingInvitations(), cancellationToken);
        var municipality = (await sender.Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities)
            .Single(m => m.Id == member.ActingMunicipalityId);
        MunicipalityName = MunicipalityNames.Of(municipality);
    }
}
