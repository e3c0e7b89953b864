using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Turns the authenticator (TOTP) on after one correct code, or off. Recovery codes are shown once.</summary>
[Authorize(Policy = Policies.SignedIn)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.IdentitySetup.SignInRateLimit)]
public sealed class TwoFactorSetupModel(
    UserManager<AccountEntity> users, SignInManager<AccountEntity> signInManager, MemberSignIn memberSignIn, CurrentMember member,
    SessionRevocation sessions, ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public bool IsEnabled { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "InvalidCode")]
    [Display(Name = "VerificationCode")]
    public string Code { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } account ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        var account = await LoadAsync();
        if (account is null)
        {
            return Challenge();
        }

        if (!await PasswordIsRightAsync(account))
        {
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!ModelState.IsValid || !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.Remove(nameof(Code));
            ModelState.AddModelError(nameof(Code), localizer["InvalidCode"]);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 8))?.ToList() ?? [];
        IsEnabled = true;
        await sender.Send(new RecordAudit(AuditActions.TwoFactorEnabled, account.Id, account.Email!), cancellationToken);
        await sessions.RevokeEverythingOfAsync(account.Id, cancellationToken);
        await memberSignIn.RefreshAsync(User, member.ActingMunicipalityId, cancellationToken);
        return Page();
    }

    /// <summary>Turning the second factor off takes the password, so an unattended signed-in browser cannot do it.</summary>
    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? CurrentPassword { get; set; }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var account = await LoadAsync();
        if (account is null)
        {
            return Challenge();
        }

        if (!await PasswordIsRightAsync(account))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await sender.Send(new RecordAudit(AuditActions.TwoFactorDisabled, account.Id, account.Email!), cancellationToken);
        await sessions.RevokeEverythingOfAsync(account.Id, cancellationToken);
        await signInManager.RefreshSignInAsync(account);
        await memberSignIn.RefreshAsync(User, member.ActingMunicipalityId, cancellationToken);
        return RedirectToPage();
    }

    /// <summary>Changing the second factor takes the password; wrong guesses count towards lockout.</summary>
    private async Task<bool> PasswordIsRightAsync(AccountEntity account)
    {
        var result = string.IsNullOrEmpty(CurrentPassword)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.CheckPasswordSignInAsync(account, CurrentPassword, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return true;
        }

        ModelState.Clear();
        ModelState.AddModelError(nameof(CurrentPassword), localizer["SignInFailed"]);
        return false;
    }

    private async Task<AccountEntity?> LoadAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return null;
        }

        IsEnabled = account.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);
        }

        SharedKey = Grouped(key!);
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("PracticeNetwork")}:{Uri.EscapeDataString(account.Email!)}?secret={key}&issuer=PracticeNetwork&digits=6");
        return account;
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
