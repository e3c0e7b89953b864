using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.UnitTests;

/// <summary>When digests fall due, in Helsinki time, with the clock moved by a <see cref="FakeTimeProvider"/>.</summary>
public sealed class DigestScheduleTests
{
    private static readonly DigestPreference DailyAtSeven = new(DigestFrequency.Daily, DayOfWeek.Monday, 7);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_weekly_digest_falls_due_on_Monday_at_seven_Helsinki_time_and_not_again_that_week()
    {
        // Monday 2 March 2026 is winter time in Helsinki (UTC+2): 07:00 there is 05:00 UTC.
        var clock = new FakeTimeProvider(Utc(2, 26, 12));
        var joined = clock.GetUtcNow();
        clock.Advance(Utc(3, 2, 4, 59) - clock.GetUtcNow());
        Assert.Null(DigestSchedule.Due(DigestPreference.Default, clock.GetUtcNow(), joined));

        clock.Advance(TimeSpan.FromMinutes(1));
        var due = DigestSchedule.Due(DigestPreference.Default, clock.GetUtcNow(), joined);
        Assert.Equal(new DigestPeriod("W2026-03-02", Utc(3, 2, 5), Utc(2, 26, 12)), due);

        var sentAt = clock.GetUtcNow().AddSeconds(20);
        foreach (var later in new[] { TimeSpan.FromHours(1), TimeSpan.FromDays(3), TimeSpan.FromDays(6.9) })
        {
            Assert.Null(DigestSchedule.Due(DigestPreference.Default, Utc(3, 2, 5) + later, sentAt));
        }

        Assert.Equal("W2026-03-09", DigestSchedule.Due(DigestPreference.Default, Utc(3, 9, 5), sentAt)?.Key);
        Assert.Equal(Utc(3, 9, 5), DigestSchedule.Next(DigestPreference.Default, clock.GetUtcNow()));
    }

    [Fact]
    public void A_new_member_is_not_sent_the_period_that_was_due_before_they_joined()
    {
        var joinedOnWednesday = Utc(3, 4, 10);

        Assert.Null(DigestSchedule.Due(DigestPreference.Default, joinedOnWednesday.AddHours(1), joinedOnWednesday));
        Assert.Equal(
            new DigestPeriod("W2026-03-09", Utc(3, 9, 5), joinedOnWednesday),
            DigestSchedule.Due(DigestPreference.Default, Utc(3, 9, 6), joinedOnWednesday));
    }

    [Fact]
    public void In_the_spring_forward_week_the_daily_digest_keeps_seven_oclock_Helsinki_time_and_a_missing_hour_moves_on()
    {
        // Summer time starts on Sunday 29 March 2026 at 03:00, which becomes 04:00 (UTC+2 to UTC+3).
        Assert.Equal(Utc(3, 28, 5), DigestSchedule.Due(DailyAtSeven, Utc(3, 28, 12), Utc(3, 27, 5))?.DueAt);
        Assert.Equal(Utc(3, 29, 4), DigestSchedule.Due(DailyAtSeven, Utc(3, 29, 12), Utc(3, 28, 5))?.DueAt);
        Assert.Null(DigestSchedule.Due(DailyAtSeven, Utc(3, 29, 3, 59), Utc(3, 28, 5)));

        var atThree = DailyAtSeven with { Hour = 3 };
        Assert.Equal(Utc(3, 28, 1), DigestSchedule.Due(atThree, Utc(3, 28, 2), Utc(3, 27, 1))?.DueAt);
        // 03:00 does not exist that night: the first hour that does is 04:00 summer time, 01:00 UTC.
        var missing = DigestSchedule.Due(atThree, Utc(3, 29, 2), Utc(3, 28, 1));
        Assert.Equal(new DigestPeriod("D2026-03-29", Utc(3, 29, 1), Utc(3, 28, 1)), missing);
    }

    [Fact]
    public void In_the_fall_back_week_the_daily_digest_keeps_seven_oclock_and_a_doubled_hour_is_taken_the_first_time()
    {
        // Summer time ends on Sunday 25 October 2026 at 04:00, which becomes 03:00 (UTC+3 to UTC+2).
        Assert.Equal(Utc(10, 24, 4), DigestSchedule.Due(DailyAtSeven, Utc(10, 24, 12), Utc(10, 23, 4))?.DueAt);
        Assert.Equal(Utc(10, 25, 5), DigestSchedule.Due(DailyAtSeven, Utc(10, 25, 12), Utc(10, 24, 4))?.DueAt);

        var atThree = DailyAtSeven with { Hour = 3 };
        // 03:00–04:00 happens twice: the first time is 00:00 UTC; the second time must not send again.
        var first = DigestSchedule.Due(atThree, Utc(10, 25, 0, 30), Utc(10, 24, 0));
        Assert.Equal(new DigestPeriod("D2026-10-25", Utc(10, 25, 0), Utc(10, 24, 0)), first);
        Assert.Null(DigestSchedule.Due(atThree, Utc(10, 25, 1, 30), Utc(10, 25, 0, 1)));
    }

    [Fact]
    public void A_server_down_for_two_days_sends_one_digest_holding_everything_since_the_last_one()
    {
        var clock = new FakeTimeProvider(Utc(3, 2, 5, 1));
        var lastSent = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(2.5));

        var due = DigestSchedule.Due(DailyAtSeven, clock.GetUtcNow(), lastSent);

        Assert.Equal(new DigestPeriod("D2026-03-04", Utc(3, 4, 5), lastSent), due);
        Assert.Null(DigestSchedule.Due(DailyAtSeven, clock.GetUtcNow().AddMinutes(1), clock.GetUtcNow()));
    }

    [Fact]
    public void A_member_who_changes_frequency_mid_week_is_not_sent_a_period_already_covered()
    {
        var mondayDigest = Utc(3, 2, 5, 1);

        // Weekly to daily on Wednesday: Wednesday's daily is due, from Monday's digest on.
        Assert.Equal(new DigestPeriod("D2026-03-04", Utc(3, 4, 5), mondayDigest), DigestSchedule.Due(DailyAtSeven, Utc(3, 4, 12), mondayDigest));

        // Daily back to weekly on Thursday after Thursday's daily: Monday's weekly is covered, the next is due next Monday.
        var thursdayDigest = Utc(3, 5, 5, 1);
        Assert.Null(DigestSchedule.Due(DigestPreference.Default, Utc(3, 5, 12), thursdayDigest));
        Assert.Equal(new DigestPeriod("W2026-03-09", Utc(3, 9, 5), thursdayDigest), DigestSchedule.Due(DigestPreference.Default, Utc(3, 9, 5), thursdayDigest));
    }

    [Fact]
    public void Off_is_never_due_and_a_weekly_day_is_kept()
    {
        var off = DigestPreference.Default with { Frequency = DigestFrequency.Off };
        Assert.Null(DigestSchedule.Due(off, Utc(3, 9, 5), null));
        Assert.Null(DigestSchedule.Next(off, Utc(3, 9, 5)));

        var friday = DigestPreference.Default with { Day = DayOfWeek.Friday, Hour = 15 };
        Assert.Equal(Utc(3, 6, 13), DigestSchedule.Next(friday, Utc(3, 2, 5)));
        Assert.Equal("W2026-03-06", DigestSchedule.Due(friday, Utc(3, 7, 9), Utc(2, 28, 9))?.Key);
        Assert.Null(DigestSchedule.Due(DigestPreference.Default with { Hour = 24 }, Utc(3, 9, 5), null));
    }
}
