using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Attachments;

/// <summary>Opens an attachment only for readers who may open its practice (a deleted practice's files for nobody).</summary>
internal sealed class OpenPracticeAttachmentHandler(ContentFiles<GoodPractice, PracticeContent> files) : IQueryHandler<OpenPracticeAttachment, AttachmentContent?>
{
    public async ValueTask<AttachmentContent?> Handle(OpenPracticeAttachment query, CancellationToken cancellationToken) =>
        await files.OpenAsync(query.PracticeId, query.AttachmentId, cancellationToken).ConfigureAwait(false);
}
