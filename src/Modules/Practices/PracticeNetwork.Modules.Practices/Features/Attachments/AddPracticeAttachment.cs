using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Files;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Attachments;

/// <summary>
/// Attaches a file to a practice the reader may edit: within the size and count limits, of an allowed type
/// confirmed from its first bytes. The file is stored first and removed again if the database save fails.
/// </summary>
internal sealed class AddPracticeAttachmentHandler(PracticesDbContext db, IReaderContext readers, IFileStore files, AttachmentLimits limits, TimeProvider clock)
    : ICommandHandler<AddPracticeAttachment, Guid>
{
    public async ValueTask<Guid> Handle(AddPracticeAttachment command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await PracticeAccess.EditableAsync(db, reader, command.PracticeId, cancellationToken).ConfigureAwait(false);
        var count = await db.Attachments.CountAsync(attachment => attachment.PracticeId == practice.Id, cancellationToken).ConfigureAwait(false);
        if (count >= limits.MaxPerPractice)
        {
            throw Invalid($"A practice can have at most {limits.MaxPerPractice} attachments.");
        }

        var fileName = AttachmentPolicy.CleanFileName(command.FileName);
        if (fileName.Length == 0 || Path.GetFileNameWithoutExtension(fileName).Length == 0)
        {
            throw Invalid("The file needs a name.");
        }

        using var buffer = await ReadWithinLimitAsync(command.Content, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            throw Invalid("The file is empty.");
        }

        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 4096));
        var contentType = AttachmentPolicy.ContentTypeFor(fileName, head)
            ?? throw Invalid($"Allowed files: {string.Join(", ", AttachmentPolicy.Extensions.Order())}; the content must match the name.");

        buffer.Position = 0;
        var key = await files.SaveAsync(buffer, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var attachment = new PracticeAttachment(practice, fileName, contentType, buffer.Length, key, reader.PersonId(), now);
        db.Attachments.Add(attachment);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), PracticeChangeKind.AttachmentAdded, now, comment: fileName));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return attachment.Id;
    }

    private async Task<MemoryStream> ReadWithinLimitAsync(Stream content, CancellationToken cancellationToken)
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

internal sealed class RemovePracticeAttachmentHandler(PracticesDbContext db, IReaderContext readers, IFileStore files, TimeProvider clock)
    : ICommandHandler<RemovePracticeAttachment>
{
    public async ValueTask<Unit> Handle(RemovePracticeAttachment command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await PracticeAccess.EditableAsync(db, reader, command.PracticeId, cancellationToken).ConfigureAwait(false);
        var attachment = await db.Attachments.SingleOrDefaultAsync(
                item => item.Id == command.AttachmentId && item.PracticeId == practice.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such attachment.");
        db.Attachments.Remove(attachment);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), PracticeChangeKind.AttachmentRemoved, clock.GetUtcNow(), comment: attachment.FileName));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await files.DeleteAsync(attachment.StorageKey, CancellationToken.None).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>Opens an attachment only for readers who may open its practice (a deleted practice's files for nobody).</summary>
internal sealed class OpenPracticeAttachmentHandler(PracticesDbContext db, IReaderContext readers, IFileStore files)
    : IQueryHandler<OpenPracticeAttachment, AttachmentContent?>
{
    public async ValueTask<AttachmentContent?> Handle(OpenPracticeAttachment query, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(p => p.Id == query.PracticeId, cancellationToken).ConfigureAwait(false);
        if (practice is null || practice.IsDeleted || !PracticeRules.MayOpen(readers.Current, practice))
        {
            return null;
        }

        var attachment = await db.Attachments.AsNoTracking().IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(item => item.Id == query.AttachmentId && item.PracticeId == practice.Id, cancellationToken).ConfigureAwait(false);
        if (attachment is null || await files.OpenAsync(attachment.StorageKey, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return null;
        }

        return new AttachmentContent(attachment.FileName, attachment.ContentType, attachment.Length, content);
    }
}
