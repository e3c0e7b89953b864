using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>
/// The signed token in a digest's one-click unsubscribe link (RFC 8058): it names the member and nothing else, and only
/// this app can make one. It does not expire: an old digest's link must still stop the mail.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("PracticeNetwork.Notifications.Unsubscribe.v1");

    public string For(Guid personId) => protector.Protect(personId.ToString("N", CultureInfo.InvariantCulture));

    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(protector.Unprotect(token), "N", out var person) ? person : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
