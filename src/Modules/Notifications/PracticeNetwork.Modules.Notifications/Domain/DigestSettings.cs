namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// A member's stored digest preference; a member without a row has <see cref="DigestPreference.Default"/>.
/// <see cref="Since"/> is when it last changed, so that a member who switches to daily is not sent the day already past.
/// </summary>
public sealed class DigestSettings : PracticeNetwork.SharedKernel.Persistence.IVersioned
{
    private DigestSettings()
    {
    }

    public DigestSettings(Guid personId, DigestPreference preference, DateTimeOffset now)
    {
        PersonId = personId;
        Change(preference, now);
    }

    public Guid PersonId { get; private set; }

    public DigestFrequency Frequency { get; private set; }

    public DayOfWeek Day { get; private set; }

    public int Hour { get; private set; }

    public DateTimeOffset Since { get; private set; }

    /// <summary>Consecutive failed sends to the member's address: flagged on their page and the admin page.</summary>
    public int FailedSends { get; private set; }

    public int Version { get; private set; }

    public DigestPreference Preference => new(Frequency, Day, Hour);

    public void Change(DigestPreference preference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(preference);
        if (preference == Preference && Since != default)
        {
            return;
        }

        Frequency = preference.Frequency;
        Day = preference.Day;
        Hour = preference.Hour;
        Since = now;
    }

    public void SendFailed() => FailedSends++;

    public void SendSucceeded() => FailedSends = 0;
}
