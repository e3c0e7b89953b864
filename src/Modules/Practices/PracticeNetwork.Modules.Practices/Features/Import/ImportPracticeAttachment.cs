using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features.Attachments;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Files;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Import;

internal sealed class ImportPracticeAttachmentValidator : AbstractValidator<ImportPracticeAttachment>
{
    public ImportPracticeAttachmentValidator(TimeProvider clock)
    {
        RuleFor(command => command.PracticeId).NotEmpty().OverridePropertyName("practiceId");
        RuleFor(command => command.AttachmentId).NotEmpty().OverridePropertyName("attachmentId");
        RuleFor(command => command.UploadedBy).NotEmpty().OverridePropertyName("uploadedBy");
        RuleFor(command => command.UploadedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).OverridePropertyName("uploadedAt");
        RuleFor(command => command.Content).NotNull().OverridePropertyName("file");
    }
}

/// <summary>
/// Stores an imported attachment on the acting municipality's practice with the checks of an upload, idempotent by
/// attachment id. Members never import; the file is removed again if the database save fails.
/// </summary>
internal sealed class ImportPracticeAttachmentHandler(PracticesDbContext db, IReaderContext readers, IFileStore files, AttachmentLimits limits)
    : ICommandHandler<ImportPracticeAttachment, bool>
{
    public async ValueTask<bool> Handle(ImportPracticeAttachment command, CancellationToken cancellationToken)
    {
        if (readers.Current.IsSignedIn)
        {
            throw new ForbiddenException("Attachments are imported by the system, not by members.");
        }

        var practice = await db.OwnPracticeAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        // Across municipalities on purpose: an id is unique in the whole network, and only its practice is read.
        var existing = await db.Attachments.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(attachment => attachment.Id == command.AttachmentId).Select(attachment => (Guid?)attachment.PracticeId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing == practice.Id
                ? false
                : throw new ConflictException("Another practice has an attachment with this id.", "AttachmentIdTaken", 0);
        }

        using var upload = await AttachmentUpload.CheckAsync(db, practice, command.FileName, command.Content, limits, cancellationToken).ConfigureAwait(false);
        var key = await files.SaveAsync(upload.Content, cancellationToken).ConfigureAwait(false);
        db.Attachments.Add(new PracticeAttachment(command.AttachmentId, practice, upload.FileName, upload.ContentType, upload.Content.Length, key,
            command.UploadedBy, command.UploadedAt));
        db.Changes.Add(new PracticeChange(practice, command.UploadedBy, ContentChangeKind.AttachmentAdded, command.UploadedAt, comment: upload.FileName));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return true;
    }
}
