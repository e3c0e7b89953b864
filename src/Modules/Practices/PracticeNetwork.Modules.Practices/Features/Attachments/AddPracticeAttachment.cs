using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Attachments;

/// <summary>Attaches a file to a practice the reader may edit (the shared checks: <see cref="ContentFiles{TItem, TContent}"/>).</summary>
internal sealed class AddPracticeAttachmentHandler(ContentFiles<GoodPractice, PracticeContent> files) : ICommandHandler<AddPracticeAttachment, Guid>
{
    public async ValueTask<Guid> Handle(AddPracticeAttachment command, CancellationToken cancellationToken) =>
        await files.AddAsync(command.PracticeId, command.FileName, command.Content, cancellationToken).ConfigureAwait(false);
}
