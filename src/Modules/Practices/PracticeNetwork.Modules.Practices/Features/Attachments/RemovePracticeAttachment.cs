using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Attachments;

internal sealed class RemovePracticeAttachmentHandler(ContentFiles<GoodPractice, PracticeContent> files) : ICommandHandler<RemovePracticeAttachment>
{
    public async ValueTask<Unit> Handle(RemovePracticeAttachment command, CancellationToken cancellationToken)
    {
        await files.RemoveAsync(command.PracticeId, command.AttachmentId, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
