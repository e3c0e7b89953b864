using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Notifications;

/// <summary>The member's digest: daily, weekly on a chosen day, or off, at an hour in Helsinki time.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SettingsModel(DigestSettingsWork settings, CurrentMember member, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DigestFrequency Frequency { get; set; }

    [BindProperty]
    public DayOfWeek Day { get; set; }

    [BindProperty]
    [Range(0, 23)]
    public int Hour { get; set; }

    public DateTimeOffset? Next { get; private set; }

    public int FailedSends { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var (preference, failed) = await settings.GetAsync(member.PersonId!.Value, cancellationToken);
        (Frequency, Day, Hour, FailedSends, Saved) = (preference.Frequency, preference.Day, preference.Hour, failed, saved);
        Next = DigestSchedule.Next(preference, clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var preference = new DigestPreference(Frequency, Day, Hour);
        if (!ModelState.IsValid || !preference.IsValid)
        {
            ModelState.AddModelError(nameof(Hour), "Hour");
            Next = null;
            return Page();
        }

        await settings.SetAsync(member.PersonId!.Value, preference, cancellationToken);
        return RedirectToPage(new { saved = true });
    }
}
