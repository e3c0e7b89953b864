namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Where the embedded default keeps its files (<c>Storage:DataFolder</c>; relative paths from the working directory).</summary>
public sealed record StorageSettings(string DataFolder)
{
    public static StorageSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = Path.GetFullPath(configuration["Storage:DataFolder"] is { Length: > 0 } configured ? configured : "data");
        Directory.CreateDirectory(folder);
        return new StorageSettings(folder);
    }
}
