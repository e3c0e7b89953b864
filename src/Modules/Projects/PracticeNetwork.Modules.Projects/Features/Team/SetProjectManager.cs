using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Team;

/// <summary>
/// A project manager makes a team member of any participating municipality a project manager too, or takes the role
/// away; the project always keeps at least one.
/// </summary>
internal sealed class SetProjectManagerHandler(ProjectCoOwnership coOwnership) : ICommandHandler<SetProjectManager, int>
{
    public async ValueTask<int> Handle(SetProjectManager command, CancellationToken cancellationToken) =>
        await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "team", ProjectAccess.MayAppointManagers,
            "Only the project's managers appoint project managers.", change =>
            {
                var project = change.Project;
                var members = project.Team.Where(member => member.PersonId == command.PersonId).ToList();
                if (members.Count == 0)
                {
                    throw new NotFoundException("No such person on the team.");
                }

                if (!command.IsProjectManager
                    && project.Team.Where(member => member.IsProjectManager).All(member => member.PersonId == command.PersonId))
                {
                    throw new ConflictException("The project's last project manager stays: appoint another one first.", "LastProjectManager", project.Version);
                }

                foreach (var member in members)
                {
                    project.Appoint(member, command.IsProjectManager, change.Now);
                }

                return [];
            }, cancellationToken).ConfigureAwait(false);
}
