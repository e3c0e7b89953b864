namespace PracticeNetwork.TestSupport;

/// <summary>Where a test host's mail goes: the real SMTP server under ./build.sh test, else the host's pickup folder.</summary>
public static class TestMail
{
    public static (string Host, int Port)? SmtpServer =>
        Environment.GetEnvironmentVariable("PN_TEST_SMTP") is { Length: > 0 } smtp
            ? (smtp.Split(':')[0], int.Parse(smtp.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))
            : null;

    public static MailDrop DropFor(string dataFolder) =>
        new(Environment.GetEnvironmentVariable("PN_TEST_MAILDIR") is { Length: > 0 } maildir
            ? Path.Combine(maildir, "new")
            : Path.Combine(dataFolder, "mail"));
}
