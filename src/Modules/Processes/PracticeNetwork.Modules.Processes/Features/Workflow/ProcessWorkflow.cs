using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Processes.Features.Workflow;

internal sealed class TakeProcessStepValidator : AbstractValidator<TakeProcessStep>
{
    public TakeProcessStepValidator()
    {
        RuleFor(command => command.Step).IsInEnum().OverridePropertyName("step");
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
        RuleFor(command => command.Comment).NotEmpty().When(command => command.Step == WorkflowStep.ReturnToAuthor)
            .WithMessage("Tell the author what to change.").OverridePropertyName("comment");
        RuleFor(command => command.Comment).MaximumLength(2000).Printable().OverridePropertyName("comment");
    }
}

internal sealed class TakeProcessStepHandler(ContentLifecycle<ProcessDescription, ProcessContent> lifecycle) : ICommandHandler<TakeProcessStep, int>
{
    public async ValueTask<int> Handle(TakeProcessStep command, CancellationToken cancellationToken) =>
        await lifecycle.TakeStepAsync(command.ProcessId, command.Step, command.Version, command.Comment, cancellationToken).ConfigureAwait(false);
}

/// <summary>Soft delete: the process, its KPIs and their values disappear from every page, list, comparison and API answer.</summary>
internal sealed class DeleteProcessHandler(ContentLifecycle<ProcessDescription, ProcessContent> lifecycle) : ICommandHandler<DeleteProcess>
{
    public async ValueTask<Unit> Handle(DeleteProcess command, CancellationToken cancellationToken)
    {
        await lifecycle.DeleteAsync(command.ProcessId, command.Version, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class RestoreDeletedProcessHandler(ContentLifecycle<ProcessDescription, ProcessContent> lifecycle) : ICommandHandler<RestoreDeletedProcess>
{
    public async ValueTask<Unit> Handle(RestoreDeletedProcess command, CancellationToken cancellationToken)
    {
        await lifecycle.RestoreDeletedAsync(command.ProcessId, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
