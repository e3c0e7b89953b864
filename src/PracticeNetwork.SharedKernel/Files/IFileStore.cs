namespace PracticeNetwork.SharedKernel.Files;

/// <summary>
/// Where uploaded files live (a local folder by default; a blob store in a scaled-out installation). Keys are made
/// by the store and never contain anything a user typed.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content and returns its key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens stored content for reading; null when it is gone.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
