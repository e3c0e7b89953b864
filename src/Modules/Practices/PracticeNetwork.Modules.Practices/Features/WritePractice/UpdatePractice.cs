using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

internal sealed class UpdatePracticeValidator : PracticeContentValidator<UpdatePractice>
{
    public UpdatePracticeValidator() : base(command => command.Content) =>
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
}

/// <summary>
/// Saves an edit made on top of the version the editor loaded (a stale one is a conflict, never an overwrite).
/// Editing a published practice makes a new revision; unless the editor calls it minor, it is an update event.
/// </summary>
internal sealed class UpdatePracticeHandler(ContentLifecycle<GoodPractice, PracticeContent> lifecycle) : ICommandHandler<UpdatePractice, int>
{
    public async ValueTask<int> Handle(UpdatePractice command, CancellationToken cancellationToken) =>
        await lifecycle.EditAsync(command.PracticeId, command.Content, command.Version, command.MinorChange, cancellationToken).ConfigureAwait(false);
}
