using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.Workflow;

internal sealed class TakeProjectStepValidator : AbstractValidator<TakeProjectStep>
{
    public TakeProjectStepValidator()
    {
        RuleFor(command => command.Step).IsInEnum().OverridePropertyName("step");
        RuleFor(command => command.Comment).MaximumLength(2000).OverridePropertyName("comment");
    }
}

/// <summary>Publication steps stay with the owning municipality (its reviewers publish), as for every content type.</summary>
internal sealed class TakeProjectStepHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle) : ICommandHandler<TakeProjectStep, int>
{
    public async ValueTask<int> Handle(TakeProjectStep command, CancellationToken cancellationToken) =>
        await lifecycle.TakeStepAsync(command.ProjectId, command.Step, command.Version, command.Comment, cancellationToken).ConfigureAwait(false);
}
