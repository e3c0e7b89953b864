using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Sets a new password with the emailed token; a used, expired or forged token fails the same way.</summary>
[EnableRateLimiting(IdentitySetup.SignInRateLimit)]
public sealed class ResetPasswordModel(
    UserManager<AccountEntity> users, Authorization.SessionRevocation sessions, ISender sender, IStringLocalizer<SharedResource> localizer) : NewPasswordPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByEmailAsync(Email);
        var result = account is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(account, Token, Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Errors.Any(e => e.Code == "InvalidToken") ? localizer["ResetLinkInvalid"] : string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        // The link proves the address, and a reset ends any lockout from guessing.
        account!.EmailConfirmed = true;
        await users.UpdateAsync(account);
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        // A reset is what one does after a compromise: tokens held by apps and devices end too.
        await sessions.RevokeEverythingOfAsync(account.Id, HttpContext.RequestAborted);
        await sender.Send(new RecordAudit(AuditActions.PasswordReset, account.Id, account.Email!));
        Done = true;
        return Page();
    }
}
