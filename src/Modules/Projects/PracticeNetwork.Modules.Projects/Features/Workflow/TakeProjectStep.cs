using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Workflow;

internal sealed class TakeProjectStepValidator : AbstractValidator<TakeProjectStep>
{
    public TakeProjectStepValidator()
    {
        RuleFor(command => command.Step).IsInEnum().OverridePropertyName("step");
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
        RuleFor(command => command.Comment).NotEmpty().When(command => command.Step == WorkflowStep.ReturnToAuthor)
            .WithMessage("Tell the writers what to change.").OverridePropertyName("comment");
        RuleFor(command => command.Comment).MaximumLength(2000).Printable().OverridePropertyName("comment");
    }
}

/// <summary>Publication steps stay with the owning municipality (its reviewers publish), as for every content type.</summary>
internal sealed class TakeProjectStepHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle) : ICommandHandler<TakeProjectStep, int>
{
    public async ValueTask<int> Handle(TakeProjectStep command, CancellationToken cancellationToken) =>
        await lifecycle.TakeStepAsync(command.ProjectId, command.Step, command.Version, command.Comment, cancellationToken).ConfigureAwait(false);
}
