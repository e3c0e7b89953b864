using System.Security.Cryptography;
using PracticeNetwork.SharedKernel.Files;

namespace PracticeNetwork.Host.Infrastructure.Files;

/// <summary>
/// Files in a local folder (<c>Storage:FilesFolder</c>, by default <c>data/files</c>), under random keys fanned out
/// over subfolders. Several app servers need this folder on shared storage, or another <see cref="IFileStore"/>.
/// </summary>
internal sealed class LocalFolderFileStore(string root) : IFileStore
{
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(partial, path);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (key.Length != 32 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a file key of this store.", nameof(key));
        }

        return Path.Combine(root, key[..2], key);
    }
}
