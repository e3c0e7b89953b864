using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Notifications;

/// <summary>The member's notifications, newest first, grouped by day; only what they may still open.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(Inbox inbox, FollowLabels labels) : PageModel
{
    public IReadOnlyList<IGrouping<DateOnly, ShownNotification>> Days { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Reasons { get; private set; } = new Dictionary<Guid, string>();

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await inbox.LatestAsync(cancellationToken);
        Unread = shown.Count(entry => entry.Note.ReadAt is null);
        Days = [.. shown.GroupBy(entry => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(entry.Note.CreatedAt, Digest.HelsinkiTime.Zone).DateTime))];
        var reasons = new Dictionary<Guid, string>();
        foreach (var entry in shown)
        {
            reasons[entry.Note.Id] = await labels.ReasonAsync(entry.Note.Reason, cancellationToken);
        }

        Reasons = reasons;
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await inbox.MarkReadAsync(id, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(cancellationToken);
        return RedirectToPage();
    }
}
