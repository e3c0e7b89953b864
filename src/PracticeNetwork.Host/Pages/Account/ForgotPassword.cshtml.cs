using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.SharedKernel.Email;
using PracticeNetwork.Web;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(IdentitySetup.SignInRateLimit)]
public sealed class ForgotPasswordModel(
    UserManager<AccountEntity> users, IEmailSender email, PublicUrls urls,
    IStringLocalizer<SharedResource> localizer, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [Display(Name = "Email")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

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
        if (account is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var link = urls.Absolute($"/salasana/uusi?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}");
            await email.SendAsync(new EmailMessage(account.Email!, localizer["ResetEmailSubject"], localizer["ResetEmailBody", link]), cancellationToken);
            logger.LogInformation("Password reset link sent to {PersonId}", account.Id);
        }

        Sent = true;
        return Page();
    }
}
