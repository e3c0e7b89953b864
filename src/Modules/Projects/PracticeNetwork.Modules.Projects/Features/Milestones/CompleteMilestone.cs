using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Milestones;

/// <summary>
/// Marks a milestone done (news for followers) or not yet: project managers any milestone, team members those their
/// municipality is responsible for. Marking a done milestone done again changes nothing: no event, no log, the same version.
/// </summary>
internal sealed class CompleteMilestoneHandler(ProjectCoOwnership coOwnership) : ICommandHandler<CompleteMilestone, int>
{
    public async ValueTask<int> Handle(CompleteMilestone command, CancellationToken cancellationToken) =>
        await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "milestones", MayCompleteSome,
            "Project managers, and the team of the responsible municipality, complete milestones.", change =>
            {
                var project = change.Project;
                var milestone = MilestoneRules.Find(project, command.MilestoneId);
                if (!ProjectAccess.MayComplete(change.Reader, project, milestone))
                {
                    throw new ForbiddenException("Project managers, and the team of the responsible municipality, complete this milestone.");
                }

                if (!project.Complete(milestone, command.Done, change.PersonId, change.Now))
                {
                    return null;
                }

                return command.Done ? [ProjectContentType.MilestoneReached(project, milestone, change.PersonId, change.Now)] : [];
            }, cancellationToken).ConfigureAwait(false);

    private static bool MayCompleteSome(Reader reader, DevelopmentProject project) =>
        ProjectAccess.IsManager(reader, project) || ProjectAccess.MayPostUpdates(reader, project);
}
