using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>
/// The invitation link. A new person creates their account here (the link proves the address, so it counts as
/// confirmed); a person with an account signs in first. Either way the invitation is used once.
/// </summary>
[EnableRateLimiting(IdentitySetup.SignInRateLimit)]
public sealed class InvitationModel(
    ISender sender, UserManager<AccountEntity> users, MemberSignIn memberSignIn, CurrentMember member,
    IStringLocalizer<SharedResource> localizer) : NewPasswordPageModel, IShowsConflicts
{
    public InvitationDetails? Invitation { get; private set; }

    public MunicipalitySummary? Municipality { get; private set; }

    public bool AccountExists { get; private set; }

    public bool SignedInAsSomeoneElse { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(200)]
    [SingleLine]
    [Display(Name = "DisplayName")]
    public string DisplayName { get; set; } = string.Empty;

    public string StatusMessage => Invitation?.Status switch
    {
        InvitationStatus.Used => localizer["InvitationUsed"],
        InvitationStatus.Expired => localizer["InvitationExpired"],
        InvitationStatus.Revoked => localizer["InvitationRevoked"],
        _ => string.Empty,
    };

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) ?? Page();

    /// <summary>A signed-in person whose address the invitation was sent to.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } stop)
        {
            return stop;
        }

        if (!member.IsSignedIn || SignedInAsSomeoneElse)
        {
            return Forbid();
        }

        return await AcceptAsync(token, (await users.GetUserAsync(User))!, cancellationToken);
    }

    /// <summary>A new person: creates the account and uses the invitation.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } stop)
        {
            return stop;
        }

        if (AccountExists || member.IsSignedIn)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = new AccountEntity(Invitation!.Email, DisplayName.Trim()) { EmailConfirmed = true };
        var created = await users.CreateAsync(account, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Description);
            }

            return Page();
        }

        await sender.Send(new RecordAudit(AuditActions.AccountCreated, account.Id, account.Email!, Invitation.MunicipalityId, $"invitation {Invitation.InvitationId}"), cancellationToken);
        return await AcceptAsync(token, account, cancellationToken);
    }

    private async Task<IActionResult> AcceptAsync(string token, AccountEntity account, CancellationToken cancellationToken)
    {
        var municipalityId = await sender.Send(new AcceptInvitation(token, account.Id), cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.InvitationAccepted, account.Id, account.Email!, municipalityId, $"invitation {Invitation!.InvitationId}: {Invitation.Roles}"), cancellationToken);
        await memberSignIn.SignInAsync(account, isPersistent: false, municipalityId, cancellationToken);
        return LocalRedirect("/profiili");
    }

    /// <summary>Used or expired between showing the page and posting it: gone (410), with the page saying so.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        await LoadAsync(RouteData.Values["token"] as string ?? string.Empty, HttpContext.RequestAborted);
        var page = Page();
        page.StatusCode = StatusCodes.Status410Gone;
        return page;
    }

    /// <summary>Loads the invitation; returns a result that ends the request when there is nothing to accept.</summary>
    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        Invitation = await sender.Send(new GetInvitation(token), cancellationToken);
        if (Invitation is null)
        {
            return NotFound();
        }

        Municipality = (await sender.Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities).Single(m => m.Id == Invitation.MunicipalityId);
        if (Invitation.Status != InvitationStatus.Pending)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        AccountExists = await users.FindByEmailAsync(Invitation.Email) is not null;
        if (member.IsSignedIn)
        {
            var current = await users.GetUserAsync(User);
            SignedInAsSomeoneElse = !string.Equals(current?.Email, Invitation.Email, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }
}
