using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Features.WriteProcess;

internal sealed class CreateProcessValidator() : ProcessContentValidator<CreateProcess>(command => command.Content);

internal sealed class UpdateProcessValidator : ProcessContentValidator<UpdateProcess>
{
    public UpdateProcessValidator() : base(command => command.Content) =>
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
}

/// <summary>Authors and reviewers of the acting municipality describe its processes; a new one is a draft.</summary>
internal sealed class CreateProcessHandler(ContentLifecycle<ProcessDescription, ProcessContent> lifecycle) : ICommandHandler<CreateProcess, Guid>
{
    public async ValueTask<Guid> Handle(CreateProcess command, CancellationToken cancellationToken) =>
        await lifecycle.CreateAsync((author, now) => new ProcessDescription(command.Content, author, now), cancellationToken).ConfigureAwait(false);
}

/// <summary>An edit over the version the editor loaded; editing a published process makes a new revision.</summary>
internal sealed class UpdateProcessHandler(ContentLifecycle<ProcessDescription, ProcessContent> lifecycle) : ICommandHandler<UpdateProcess, int>
{
    public async ValueTask<int> Handle(UpdateProcess command, CancellationToken cancellationToken) =>
        await lifecycle.EditAsync(command.ProcessId, command.Content, command.Version, command.MinorChange, cancellationToken).ConfigureAwait(false);
}
