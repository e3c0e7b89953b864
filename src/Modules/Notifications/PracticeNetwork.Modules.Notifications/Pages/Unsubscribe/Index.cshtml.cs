using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Features.Digest;

namespace PracticeNetwork.Modules.Notifications.Pages.Unsubscribe;

/// <summary>
/// The digest's unsubscribe link, without signing in: the signed token names the member. A mail client's one-click
/// POST (RFC 8058, body <c>List-Unsubscribe=One-Click</c>) turns the digest off at once; a person who follows the link
/// sees the choice of off or, for a daily digest, weekly instead. No antiforgery token: the mail client cannot have one,
/// and the token in the address is what authorises the change.
/// </summary>
[IgnoreAntiforgeryToken]
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
        if (Request.HasFormContentType && Request.Form["List-Unsubscribe"] == "One-Click")
        {
            return new OkResult();
        }

        Token = t!;
        Current = next;
        Done = next.Frequency;
        return Page();
    }
}
