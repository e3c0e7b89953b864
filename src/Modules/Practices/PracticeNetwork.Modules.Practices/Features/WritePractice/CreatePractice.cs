using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

internal sealed class CreatePracticeValidator() : PracticeContentValidator<CreatePractice>(command => command.Content);

/// <summary>Authors (and reviewers) of the acting municipality write drafts; the tenant is stamped on save.</summary>
internal sealed class CreatePracticeHandler(ContentLifecycle<GoodPractice, PracticeContent> lifecycle) : ICommandHandler<CreatePractice, Guid>
{
    public async ValueTask<Guid> Handle(CreatePractice command, CancellationToken cancellationToken) =>
        await lifecycle.CreateAsync((author, now) => new GoodPractice(command.Content, author, now), cancellationToken).ConfigureAwait(false);
}
