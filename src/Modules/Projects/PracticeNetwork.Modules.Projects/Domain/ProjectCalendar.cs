namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>Due dates are Finnish calendar days: a milestone due today is overdue from tomorrow, Helsinki time.</summary>
public static class ProjectCalendar
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Helsinki).DateTime);
    }
}
