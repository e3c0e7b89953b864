using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.WriteProject;

internal sealed class UpdateProjectValidator : ProjectContentValidator<UpdateProject>
{
    public UpdateProjectValidator() : base(command => command.Content) =>
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
}

/// <summary>
/// Saves the shared fields over the version the editor loaded: the owner's editors, or a participant's team member
/// through the co-ownership path. A published project gets a revision, and followers hear of a status change.
/// </summary>
internal sealed class UpdateProjectHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle, ProjectCoOwnership coOwnership)
    : ICommandHandler<UpdateProject, int>
{
    public async ValueTask<int> Handle(UpdateProject command, CancellationToken cancellationToken) =>
        await coOwnership.AsOwnerAsync(command.ProjectId,
            () => lifecycle.EditAsync(command.ProjectId, command.Content, command.Version, command.MinorChange, cancellationToken),
            cancellationToken).ConfigureAwait(false);
}
