using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>A file that passed the checks: a clean name, within the limits, of an allowed type confirmed from its first bytes.</summary>
public sealed class CheckedUpload(string fileName, string contentType, MemoryStream content) : IDisposable
{
    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    /// <summary>The whole file, positioned at its start.</summary>
    public MemoryStream Content { get; } = content;

    public void Dispose() => Content.Dispose();
}

/// <summary>The checks every attachment passes before it is stored, whether a member uploads it or an import brings it.</summary>
public static class AttachmentUpload
{
    /// <summary>Checks a file for an item that already has <paramref name="existing"/> attachments.</summary>
    public static async Task<CheckedUpload> CheckAsync(
        int existing, string noun, string fileName, Stream content, AttachmentLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (existing >= limits.MaxPerItem)
        {
            throw Invalid($"A {noun} can have at most {limits.MaxPerItem} attachments.");
        }

        var cleanName = AttachmentPolicy.CleanFileName(fileName);
        if (cleanName.Length == 0 || Path.GetFileNameWithoutExtension(cleanName).Length == 0)
        {
            throw Invalid("The file needs a name.");
        }

        var buffer = await ReadWithinLimitAsync(content, limits, cancellationToken).ConfigureAwait(false);
        try
        {
            if (buffer.Length == 0)
            {
                throw Invalid("The file is empty.");
            }

            var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 4096));
            var contentType = AttachmentPolicy.ContentTypeFor(cleanName, head)
                ?? throw Invalid($"Allowed files: {string.Join(", ", AttachmentPolicy.Extensions.Order())}; the content must match the name.");
            buffer.Position = 0;
            return new CheckedUpload(cleanName, contentType, buffer);
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<MemoryStream> ReadWithinLimitAsync(Stream content, AttachmentLimits limits, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                throw Invalid($"The file is larger than {Size(limits.MaxBytes)}.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }

    /// <summary>The limit as people read it: "10 MB", "1.5 MB", "512 KB".</summary>
    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";

    private static RequestValidationException Invalid(string message) =>
        new(new Dictionary<string, string[]> { ["file"] = [message] });
}
