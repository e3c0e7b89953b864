using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery), so no link or image elsewhere can sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<Modules.Identity.Domain.Account> signInManager, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var personId = signInManager.UserManager.GetUserId(User);
        await signInManager.SignOutAsync();
        logger.LogInformation("Audit: {PersonId} signed out", personId);
        return LocalRedirect("/");
    }
}
