using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Team;

internal sealed class AddTeamMemberValidator : AbstractValidator<AddTeamMember>
{
    public AddTeamMemberValidator() => RuleFor(command => command.PersonId).NotEmpty().OverridePropertyName("personId");
}

/// <summary>
/// A member of the acting municipality joins the team for it: added by that municipality's admin or by its people
/// already on the team. Nobody adds people of another municipality.
/// </summary>
internal sealed class AddTeamMemberHandler(ProjectCoOwnership coOwnership, ISender sender, IReaderContext readers) : ICommandHandler<AddTeamMember, int>
{
    public async ValueTask<int> Handle(AddTeamMember command, CancellationToken cancellationToken)
    {
        var members = await sender.Send(new ListMembers(), cancellationToken).ConfigureAwait(false);
        if (members.All(member => member.PersonId != command.PersonId))
        {
            throw RequestValidationException.For("personId", "Choose a member of your own municipality.");
        }

        var municipality = readers.Current.ActingMunicipalityId!.Value;
        return await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "team", ProjectAccess.MayManageOwnTeam,
            "Your municipality's admins and team members add its people to the team.", change =>
            {
                if (change.Project.IsOnTeam(command.PersonId, municipality))
                {
                    throw new ConflictException("This person is already on the team.", "AlreadyOnTeam", change.Project.Version);
                }

                change.Project.AddToTeam(command.PersonId, municipality, isProjectManager: false, change.Now);
                return [];
            }, cancellationToken).ConfigureAwait(false);
    }
}
