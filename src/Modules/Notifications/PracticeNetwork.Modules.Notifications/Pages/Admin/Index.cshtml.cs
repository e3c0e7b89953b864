using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Admin;

/// <summary>
/// For network admins: digest runs of the last four weeks by outcome, addresses that keep failing, events the
/// dispatcher could not handle (with replay), and any member's next digest previewed without sending it.
/// </summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class IndexModel(NotificationOperations operations, DigestPreview preview, ISender sender) : PageModel
{
    public const int Days = 28;

    public IReadOnlyList<DigestRunDay> Runs { get; private set; } = [];

    public IReadOnlyList<(AccountSummary? Account, Guid PersonId, int FailedSends)> Failing { get; private set; } = [];

    public IReadOnlyList<DispatchFailure> DispatchFailures { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "jasen")]
    public string? PreviewEmail { get; set; }

    public DigestPreviewResult? Preview { get; private set; }

    public bool PreviewNotFound { get; private set; }

    public bool Replayed { get; private set; }

    public async Task OnGetAsync(bool replayed, CancellationToken cancellationToken)
    {
        Replayed = replayed;
        Runs = await operations.RunsAsync(Days, cancellationToken);
        var failing = await operations.FailingAddressesAsync(cancellationToken);
        var accounts = (await sender.Send(new GetAccounts([.. failing.Select(row => row.PersonId)]), cancellationToken)).ToDictionary(account => account.PersonId);
        Failing = [.. failing.Select(row => (accounts.GetValueOrDefault(row.PersonId), row.PersonId, row.FailedSends))];
        DispatchFailures = await operations.DispatchFailuresAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(PreviewEmail))
        {
            var account = await sender.Send(new FindAccountByEmail(PreviewEmail), cancellationToken);
            Preview = account is null ? null : await preview.ForAsync(account.PersonId, cancellationToken);
            PreviewNotFound = Preview is null;
        }
    }

    public async Task<IActionResult> OnPostReplayAsync(Guid messageId, CancellationToken cancellationToken) =>
        await operations.ReplayAsync(messageId, cancellationToken) ? RedirectToPage(new { replayed = true }) : NotFound();
}
