using System.Security.Cryptography;
using System.Text;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Upload;

/// <summary>
/// Names what a preview showed (the text and the correction choice), so that "Save" saves only what the reader saw:
/// text changed after the preview is previewed again instead.
/// </summary>
public static class UploadFingerprint
{
    public static string Of(string text, bool correctExisting)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes((correctExisting ? "1:" : "0:") + Normalized(text));
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    /// <summary>A text area sends its line ends as CRLF whatever the file had.</summary>
    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
