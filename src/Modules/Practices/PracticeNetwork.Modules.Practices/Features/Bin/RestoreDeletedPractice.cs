using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Bin;

/// <summary>Brings a deleted practice back (municipality admins); anyone else gets the 404 of an unknown id.</summary>
internal sealed class RestoreDeletedPracticeHandler(ContentLifecycle<GoodPractice, PracticeContent> lifecycle) : ICommandHandler<RestoreDeletedPractice>
{
    public async ValueTask<Unit> Handle(RestoreDeletedPractice command, CancellationToken cancellationToken)
    {
        await lifecycle.RestoreDeletedAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
