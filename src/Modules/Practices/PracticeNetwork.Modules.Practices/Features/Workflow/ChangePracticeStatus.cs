using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Workflow;

internal sealed class ChangePracticeStatusValidator : AbstractValidator<ChangePracticeStatus>
{
    public ChangePracticeStatusValidator()
    {
        RuleFor(command => command.Step).IsInEnum().OverridePropertyName("step");
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
        RuleFor(command => command.Comment).NotEmpty().When(command => command.Step == WorkflowStep.ReturnToAuthor)
            .WithMessage("Tell the author what to change.").OverridePropertyName("comment");
        RuleFor(command => command.Comment).MaximumLength(2000).Printable().OverridePropertyName("comment");
    }
}

/// <summary>
/// A workflow step on the acting municipality's practice, over the version the reader saw. Publishing keeps the
/// published content as a revision and, like archiving, writes an outbox event in the same transaction.
/// </summary>
internal sealed class ChangePracticeStatusHandler(ContentLifecycle<GoodPractice, PracticeContent> lifecycle) : ICommandHandler<ChangePracticeStatus, int>
{
    public async ValueTask<int> Handle(ChangePracticeStatus command, CancellationToken cancellationToken) =>
        await lifecycle.TakeStepAsync(command.PracticeId, command.Step, command.Version, command.Comment, cancellationToken).ConfigureAwait(false);
}
