namespace PracticeNetwork.Host.Infrastructure;

/// <summary>Where the embedded default keeps its files (<c>Storage:DataFolder</c>) and uploaded files (<c>Storage:FilesFolder</c>); relative paths from the working directory.</summary>
public sealed record StorageSettings(string DataFolder, string FilesFolder)
{
    public static StorageSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = Path.GetFullPath(configuration["Storage:DataFolder"] is { Length: > 0 } configured ? configured : "data");
        Directory.CreateDirectory(folder);
        var files = Path.GetFullPath(configuration["Storage:FilesFolder"] is { Length: > 0 } filesFolder ? filesFolder : Path.Combine(folder, "files"));
        Directory.CreateDirectory(files);
        return new StorageSettings(folder, files);
    }
}
