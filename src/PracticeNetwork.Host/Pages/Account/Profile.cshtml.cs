using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ProfileModel(
    UserManager<Modules.Identity.Domain.Account> users, MemberSignIn memberSignIn, CurrentMember member, ISender sender) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(200)]
    [SingleLine]
    [Display(Name = "DisplayName")]
    public string DisplayName { get; set; } = string.Empty;

    [BindProperty]
    [Display(Name = "PreferredLanguage")]
    public string? PreferredLanguage { get; set; }

    public string Email { get; private set; } = string.Empty;

    public bool Saved { get; private set; }

    public IReadOnlyList<(MunicipalitySummary Municipality, MunicipalityRoles Roles)> Memberships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        DisplayName = account.DisplayName;
        PreferredLanguage = account.PreferredLanguage;
        Saved = saved;
        await LoadAsync(account, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (PreferredLanguage is { Length: > 0 } && !Localization.IsSupported(PreferredLanguage))
        {
            ModelState.AddModelError(nameof(PreferredLanguage), "FieldRequired");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(account, cancellationToken);
            return Page();
        }

        account.DisplayName = DisplayName.Trim();
        account.PreferredLanguage = string.IsNullOrEmpty(PreferredLanguage) ? null : PreferredLanguage;
        await users.UpdateAsync(account);
        await memberSignIn.RefreshAsync(User, member.ActingMunicipalityId, cancellationToken);
        return RedirectToPage(new { saved = true });
    }

    private async Task LoadAsync(Modules.Identity.Domain.Account account, CancellationToken cancellationToken)
    {
        Email = account.Email ?? string.Empty;
        var directory = (await sender.Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities)
            .ToDictionary(municipality => municipality.Id);
        Memberships = member.Memberships
            .Where(membership => directory.ContainsKey(membership.MunicipalityId))
            .Select(membership => (directory[membership.MunicipalityId], membership.Roles))
            .ToList();
    }
}
