namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// One digest period of a member: its key (unique per member, claimed before sending), when it fell due, and the
/// first moment whose events it holds.
/// </summary>
/// <param name="Key">"D2026-03-29" for a daily digest, "W2026-03-30" for a weekly one: the Helsinki date it is due.</param>
public readonly record struct DigestPeriod(string Key, DateTimeOffset DueAt, DateTimeOffset WindowStart);

/// <summary>
/// When digests fall due, in Europe/Helsinki time whatever the server's zone, daylight saving included: a send hour
/// that does not exist on the spring-forward night (03:xx) moves to the first hour that does; one that happens twice on
/// the autumn night is taken the first time. A member is due when the latest scheduled moment has passed and came after
/// their last digest: a server that was down for days sends one digest, holding everything since the last one, not
/// one per missed day; a member who changes frequency is not sent a second digest for a period already covered.
/// </summary>
public static class DigestSchedule
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The period due now, or null when nothing is due (off, not yet time, or the last digest covers it).</summary>
    /// <param name="lastSentAt">The last digest sent, or for a member who has had none, when the preference began (so a new
    /// member is not sent the period that was already due when they joined).</param>
    public static DigestPeriod? Due(DigestPreference preference, DateTimeOffset now, DateTimeOffset? lastSentAt)
    {
        ArgumentNullException.ThrowIfNull(preference);
        if (preference.Frequency == DigestFrequency.Off || !preference.IsValid)
        {
            return null;
        }

        var (date, dueAt) = LatestAtOrBefore(preference, now);
        if (lastSentAt is { } last && last >= dueAt)
        {
            return null;
        }

        var length = preference.Frequency == DigestFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
        var windowStart = lastSentAt ?? dueAt - length;
        var prefix = preference.Frequency == DigestFrequency.Daily ? "D" : "W";
        return new DigestPeriod($"{prefix}{date:yyyy-MM-dd}", dueAt, windowStart);
    }

    /// <summary>The next moment after <paramref name="now"/> a digest falls due, for the preferences page; null when off.</summary>
    public static DateTimeOffset? Next(DigestPreference preference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(preference);
        if (preference.Frequency == DigestFrequency.Off || !preference.IsValid)
        {
            return null;
        }

        var (date, _) = LatestAtOrBefore(preference, now);
        var step = preference.Frequency == DigestFrequency.Daily ? 1 : 7;
        return At(date.AddDays(step), preference.Hour);
    }

    private static (DateOnly Date, DateTimeOffset DueAt) LatestAtOrBefore(DigestPreference preference, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Helsinki).DateTime);
        var date = today;
        if (preference.Frequency == DigestFrequency.Weekly)
        {
            date = date.AddDays(-(((int)date.DayOfWeek - (int)preference.Day + 7) % 7));
        }

        var dueAt = At(date, preference.Hour);
        if (dueAt > now)
        {
            date = date.AddDays(preference.Frequency == DigestFrequency.Daily ? -1 : -7);
            dueAt = At(date, preference.Hour);
        }

        return (date, dueAt);
    }

    /// <summary>The moment a Helsinki date and hour names: the first hour that exists, and its first occurrence.</summary>
    private static DateTimeOffset At(DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        while (Helsinki.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Helsinki.IsAmbiguousTime(local) ? Helsinki.GetAmbiguousTimeOffsets(local).Max() : Helsinki.GetUtcOffset(local);
        // In UTC: the database compares stored moments (SQLite as numbers that only order rightly in one offset).
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
