using Mediator;
using PracticeNetwork.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery), so no link or image elsewhere can sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<Modules.Identity.Domain.Account> signInManager, ISender sender) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var personId = signInManager.UserManager.GetUserId(User);
        await signInManager.SignOutAsync();
        if (Guid.TryParse(personId, out var id))
        {
            await sender.Send(new RecordAudit(AuditActions.SignedOut, id, id.ToString()));
        }
        return LocalRedirect("/");
    }
}
