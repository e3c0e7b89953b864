using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Team;

/// <summary>
/// Takes one of the acting municipality's people off the team (its admins and team members; a person can always
/// step down), or any team member when a project manager does it. The last project manager stays.
/// </summary>
internal sealed class RemoveTeamMemberHandler(ProjectCoOwnership coOwnership, IReaderContext readers) : ICommandHandler<RemoveTeamMember, int>
{
    public async ValueTask<int> Handle(RemoveTeamMember command, CancellationToken cancellationToken)
    {
        var acting = readers.Current.ActingMunicipalityId;
        return await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "team",
            (reader, project) => ProjectAccess.MayManageOwnTeam(reader, project) || ProjectAccess.IsManager(reader, project),
            "Your municipality's admins and team members change its part of the team.", change =>
            {
                var project = change.Project;
                var manager = ProjectAccess.IsManager(change.Reader, project);
                var member = project.Team.FirstOrDefault(candidate => candidate.PersonId == command.PersonId
                        && (manager || candidate.MunicipalityId == acting))
                    ?? throw new NotFoundException("No such person on the team.");
                if (member.IsProjectManager && project.Team.Count(candidate => candidate.IsProjectManager) == 1)
                {
                    throw new ConflictException("The project's last project manager stays: appoint another one first.", "LastProjectManager", project.Version);
                }

                project.RemoveFromTeam(member, change.Now);
                return [];
            }, cancellationToken).ConfigureAwait(false);
    }
}
