namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Secrets the embedded default generates into its data folder, readable by the app's user only.</summary>
internal static class SecretFiles
{
    public static async Task WriteAsync(string path, string secret, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, secret, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
