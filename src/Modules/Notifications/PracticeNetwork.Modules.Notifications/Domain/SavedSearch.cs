using System.Security.Cryptography;
using System.Text;

namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// A search some member follows, once however many follow it. Follows and notifications name it by <see cref="Key"/>,
/// a digest of the search's text, so that a long search with Finnish letters fits the follows' short ASCII keys.
/// </summary>
public sealed class SavedSearch
{
    private SavedSearch()
    {
        Key = string.Empty;
        Search = string.Empty;
    }

    public SavedSearch(string search)
    {
        ArgumentNullException.ThrowIfNull(search);
        Search = search;
        Key = KeyOf(search);
    }

    public string Key { get; private set; }

    /// <summary>The search page's query string, without its "?".</summary>
    public string Search { get; private set; }

    public static string KeyOf(string search) =>
        "s" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(search)))[..40];
}
