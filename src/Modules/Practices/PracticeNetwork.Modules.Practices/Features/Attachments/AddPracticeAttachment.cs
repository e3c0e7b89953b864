using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
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
        using var upload = await AttachmentUpload.CheckAsync(db, practice, command.FileName, command.Content, limits, cancellationToken).ConfigureAwait(false);
        var key = await files.SaveAsync(upload.Content, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var attachment = new PracticeAttachment(practice, upload.FileName, upload.ContentType, upload.Content.Length, key, reader.PersonId(), now);
        db.Attachments.Add(attachment);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), ContentChangeKind.AttachmentAdded, now, comment: upload.FileName));
        db.MarkChanged(practice);
        try
        {
            await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return attachment.Id;
    }
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
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), ContentChangeKind.AttachmentRemoved, clock.GetUtcNow(), comment: attachment.FileName));
        db.MarkChanged(practice);
        await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
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
        if (await db.PracticeTheReaderMayOpenAsync(readers.Current, query.PracticeId, evenDeleted: false, cancellationToken).ConfigureAwait(false) is not { } practice)
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
