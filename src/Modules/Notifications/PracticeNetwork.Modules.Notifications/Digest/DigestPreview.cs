using Mediator;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <param name="Message">Null when nothing is new: the digest would not be sent.</param>
public sealed record DigestPreviewResult(AccountSummary Account, DigestPreference Preference, DateTimeOffset From, DateTimeOffset? NextDueAt,
    DigestContent Content, EmailMessage? Message);

/// <summary>
/// A member's next digest as it would be if it were due now, for a network admin: composed with the member's own
/// visibility and language, never claimed and never sent.
/// </summary>
public sealed class DigestPreview(DigestPlanner planner, DigestComposer composer, DigestSender digests, ISender sender, TimeProvider clock)
{
    public async Task<DigestPreviewResult?> ForAsync(Guid personId, CancellationToken cancellationToken)
    {
        if ((await sender.Send(new GetAccounts([personId]), cancellationToken)).SingleOrDefault() is not { } account)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var memberships = await sender.Send(new ListMembershipsOfPeople([personId]), cancellationToken);
        var state = (await planner.StatesAsync([personId], now, cancellationToken))[personId];
        var preference = state.Settings?.Preference ?? DigestPreference.Default;
        var length = preference.Frequency == DigestFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
        var from = state.Open?.WindowStart ?? state.LastCompleted?.DueAt ?? now - length;
        using var language = MailLanguage.Of(account);
        // Up to and including this moment (a second on: SQLite keeps moments to a fraction of a millisecond only).
        var content = await composer.ComposeAsync(personId, MemberReaders.Of(personId, memberships), from, now.AddSeconds(1), cancellationToken);
        return new DigestPreviewResult(account, preference, from, DigestSchedule.Next(preference, now), content,
            content.IsEmpty ? null : digests.Render(account, content));
    }
}
