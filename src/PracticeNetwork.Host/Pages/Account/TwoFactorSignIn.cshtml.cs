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
using PracticeNetwork.Web;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>The second step for accounts with an authenticator: a TOTP code or a one-time recovery code.</summary>
[EnableRateLimiting(IdentitySetup.SignInRateLimit)]
public sealed class TwoFactorSignInModel(
    SignInManager<AccountEntity> signInManager, MemberSignIn memberSignIn, ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(20)]
    [Display(Name = "VerificationCode")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var isTotp = code.Length == 6 && code.All(char.IsAsciiDigit);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (await signInManager.UserManager.IsLockedOutAsync(account))
        {
            // Identity's recovery-code sign-in does not look at lockout itself.
            result = Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }
        else if (isTotp)
        {
            result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        }
        else
        {
            result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
            if (!result.Succeeded)
            {
                await signInManager.UserManager.AccessFailedAsync(account);
            }
        }

        if (!result.Succeeded)
        {
            await sender.Send(new RecordAudit(AuditActions.SignInFailed, account.Id, account.Email!, Details: result.IsLockedOut ? "locked out" : "wrong second factor"), cancellationToken);
            ModelState.AddModelError(nameof(Code), localizer["InvalidCode"]);
            return Page();
        }

        await memberSignIn.SignInAsync(account, RememberMe, actingMunicipalityId: null, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.SignedIn, account.Id, account.Email!, Details: "with second factor"), cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
