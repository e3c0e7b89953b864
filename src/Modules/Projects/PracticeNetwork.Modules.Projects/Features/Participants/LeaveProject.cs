using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Participants;

/// <summary>
/// A participating municipality leaves (its admin or a project manager acting for it): its people leave the team, and
/// its updates and contribution stay, attributed to it. It cannot take the last project manager with it.
/// </summary>
internal sealed class LeaveProjectHandler(ProjectCoOwnership coOwnership, IReaderContext readers) : ICommandHandler<LeaveProject, int>
{
    public async ValueTask<int> Handle(LeaveProject command, CancellationToken cancellationToken)
    {
        var municipality = readers.Current.ActingMunicipalityId;
        return await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "participants", ProjectAccess.MayLeave,
            "The owner cannot leave its project; a participant leaves through its admin or project manager.", change =>
            {
                var project = change.Project;
                if (project.Team.Where(member => member.IsProjectManager).All(member => member.MunicipalityId == municipality))
                {
                    throw new ConflictException(
                        "The project's only project managers are yours: appoint a manager from another municipality before leaving.",
                        "LastProjectManager", project.Version);
                }

                project.Leave(project.ParticipationOf(municipality!.Value)!, change.PersonId, change.Now);
                return [ProjectContentType.Left(project, municipality.Value, change.PersonId, change.Now)];
            }, cancellationToken).ConfigureAwait(false);
    }
}
