using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Bin;

/// <summary>Soft delete: the practice disappears from every page, list and API answer, and a municipality admin can bring it back.</summary>
internal sealed class DeletePracticeHandler(ContentLifecycle<GoodPractice, PracticeContent> lifecycle) : ICommandHandler<DeletePractice>
{
    public async ValueTask<Unit> Handle(DeletePractice command, CancellationToken cancellationToken)
    {
        await lifecycle.DeleteAsync(command.PracticeId, command.Version, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
