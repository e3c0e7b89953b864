using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.WriteProject;

internal sealed class CreateProjectValidator() : ProjectContentValidator<CreateProject>(command => command.Content);

/// <summary>Authors and reviewers of the acting municipality start projects; the creator is the first project manager.</summary>
internal sealed class CreateProjectHandler(ContentLifecycle<DevelopmentProject, ProjectContent> lifecycle, IReaderContext readers)
    : ICommandHandler<CreateProject, Guid>
{
    public async ValueTask<Guid> Handle(CreateProject command, CancellationToken cancellationToken) =>
        await lifecycle.CreateAsync((author, now) =>
        {
            var project = new DevelopmentProject(command.Content, author, now);
            project.AddToTeam(author, readers.Current.ActingMunicipalityId!.Value, isProjectManager: true, now);
            return project;
        }, cancellationToken).ConfigureAwait(false);
}
