using System.Globalization;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.UnitTests;

/// <summary>Every reader of the network reads times on Helsinki's clock, in their own locale, whatever the server's zone.</summary>
public sealed class ReaderFormatTests
{
    [Theory]
    // Summer time (UTC+3): half past nine in the evening UTC is already the next day in Finland.
    [InlineData("2026-07-01T21:30:00Z", "fi", "2.7.2026", "0.30")]
    // Winter time (UTC+2).
    [InlineData("2026-01-15T22:30:00Z", "fi", "16.1.2026", "0.30")]
    [InlineData("2026-01-15T21:30:00Z", "sv", "2026-01-15", "23:30")]
    // The night clocks go forward (29 March 2026, 03:00 → 04:00) and back (25 October 2026, 04:00 → 03:00).
    [InlineData("2026-03-29T01:30:00Z", "fi", "29.3.2026", "4.30")]
    [InlineData("2026-10-25T01:30:00Z", "fi", "25.10.2026", "3.30")]
    public void A_moment_is_shown_as_Helsinki_time_in_the_readers_locale(string utc, string language, string date, string time)
    {
        var moment = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal(date, ReaderFormat.Date(moment));
            Assert.Equal($"{date} {time}", ReaderFormat.DateTime(moment));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
