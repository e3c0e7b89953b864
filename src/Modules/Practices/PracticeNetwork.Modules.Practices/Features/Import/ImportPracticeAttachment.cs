using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

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
/// attachment id. Members never import.
/// </summary>
internal sealed class ImportPracticeAttachmentHandler(ContentFiles<GoodPractice, PracticeContent> files) : ICommandHandler<ImportPracticeAttachment, bool>
{
    public async ValueTask<bool> Handle(ImportPracticeAttachment command, CancellationToken cancellationToken) =>
        await files.ImportAsync(command.PracticeId, command.AttachmentId, command.FileName, command.Content, command.UploadedBy,
            command.UploadedAt, cancellationToken).ConfigureAwait(false);
}
