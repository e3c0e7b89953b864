namespace PracticeNetwork.Modules.Notifications.Domain;

public enum DigestFrequency
{
    Off,
    Daily,
    Weekly,
}

/// <summary>
/// How often a member wants the digest and when, in Helsinki time: <see cref="Hour"/> 0–23 every day, or on
/// <see cref="Day"/> every week. New members get <see cref="Default"/>: weekly, Monday 07:00.
/// </summary>
public sealed record DigestPreference(DigestFrequency Frequency, DayOfWeek Day, int Hour)
{
    public static readonly DigestPreference Default = new(DigestFrequency.Weekly, DayOfWeek.Monday, 7);

    public bool IsValid => Enum.IsDefined(Frequency) && Enum.IsDefined(Day) && Hour is >= 0 and <= 23;
}
