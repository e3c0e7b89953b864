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
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Web;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Sign-in with email and password. Every failure reads the same, so nobody learns which accounts exist.</summary>
[EnableRateLimiting(IdentitySetup.SignInRateLimit)]
public sealed class SignInModel(
    UserManager<Modules.Identity.Domain.Account> users, SignInManager<Modules.Identity.Domain.Account> signInManager,
    MemberSignIn memberSignIn, ISender sender, IPasswordHasher<Modules.Identity.Domain.Account> hasher,
    IStringLocalizer<SharedResource> localizer, ILogger<SignInModel> logger) : PageModel
{
    private static readonly Modules.Identity.Domain.Account Nobody = new("nobody@practicenetwork.invalid", "Nobody");
    private static readonly string NobodysHash = new PasswordHasher<Modules.Identity.Domain.Account>().HashPassword(Nobody, Guid.NewGuid().ToString());

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [Display(Name = "Email")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByEmailAsync(Email.Trim());
        if (account is null)
        {
            // As slow as checking a real password, so timing does not tell which addresses have accounts.
            hasher.VerifyHashedPassword(Nobody, NobodysHash, Password);
        }

        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(account, Password, RememberMe, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactorSignIn", new { ReturnUrl, RememberMe });
        }

        if (!result.Succeeded)
        {
            if (result.IsLockedOut)
            {
                // Identity answers a locked account before hashing: take as long as any other failure.
                hasher.VerifyHashedPassword(Nobody, NobodysHash, Password);
            }

            var reason = result.IsLockedOut ? "locked out" : account is null ? "unknown account" : "wrong password";
            // For unknown accounts the typed text is not kept: people do type passwords into the email field.
            var subject = account?.Email ?? "(unknown account)";
            logger.LogWarning("Sign-in failed for {Subject}: {Reason}", subject, reason);
            await sender.Send(new RecordAudit(AuditActions.SignInFailed, account?.Id, subject, Details: reason), cancellationToken);
            ModelState.AddModelError(string.Empty, localizer["SignInFailed"]);
            return Page();
        }

        // Re-issue the cookie with the acting municipality in it.
        await memberSignIn.SignInAsync(account!, RememberMe, actingMunicipalityId: null, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.SignedIn, account!.Id, account.Email!), cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
