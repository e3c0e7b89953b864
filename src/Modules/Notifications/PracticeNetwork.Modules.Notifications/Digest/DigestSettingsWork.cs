using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>Reading and changing one member's digest preference (the settings page, the unsubscribe page).</summary>
public sealed class DigestSettingsWork(NotificationsDbContext db, TimeProvider clock)
{
    public async Task<(DigestPreference Preference, int FailedSends)> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await db.DigestSettings.AsNoTracking().SingleOrDefaultAsync(settings => settings.PersonId == personId, cancellationToken);
        return (row?.Preference ?? DigestPreference.Default, row?.FailedSends ?? 0);
    }

    public async Task SetAsync(Guid personId, DigestPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        var row = await db.DigestSettings.SingleOrDefaultAsync(settings => settings.PersonId == personId, cancellationToken);
        if (row is null)
        {
            db.DigestSettings.Add(new DigestSettings(personId, preference, clock.GetUtcNow()));
        }
        else
        {
            row.Change(preference, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
