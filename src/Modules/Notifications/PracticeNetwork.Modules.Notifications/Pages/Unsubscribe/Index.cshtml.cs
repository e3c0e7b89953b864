using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.Modules.Notifications.Pages.Unsubscribe;

/// <summary>
/// The digest's unsubscribe link for people, without signing in: the signed token names the member, and the page offers
/// turning the digest off or, for a daily digest, weekly instead. (Mail clients' one-click POST goes to the API.)
/// </summary>
public sealed class IndexModel(UnsubscribeTokens tokens, DigestSettingsWork settings) : PageModel
{
    public DigestPreference? Current { get; private set; }

    public string Token { get; private set; } = string.Empty;

    public DigestFrequency? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? t, CancellationToken cancellationToken)
    {
        if (tokens.Read(t) is not { } person)
        {
            return NotFound();
        }

        Token = t!;
        Current = (await settings.GetAsync(person, cancellationToken)).Preference;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? t, string? choice, CancellationToken cancellationToken)
    {
        if (tokens.Read(t) is not { } person)
        {
            return NotFound();
        }

        var current = (await settings.GetAsync(person, cancellationToken)).Preference;
        var next = choice == "weekly"
            ? current with { Frequency = DigestFrequency.Weekly }
            : current with { Frequency = DigestFrequency.Off };
        await settings.SetAsync(person, next, cancellationToken);
        Token = t!;
        Current = next;
        Done = next.Frequency;
        return Page();
    }
}
