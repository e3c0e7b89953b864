using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Participants;

internal sealed class InviteMunicipalityValidator : AbstractValidator<InviteMunicipality>
{
    public InviteMunicipalityValidator() => RuleFor(command => command.MunicipalityId).NotEmpty().OverridePropertyName("municipality");
}

/// <summary>
/// A project manager invites a municipality of the network (again, after it declined or left); its admins answer.
/// The owner, and a municipality already invited or taking part, cannot be invited.
/// </summary>
internal sealed class InviteMunicipalityHandler(ProjectCoOwnership coOwnership, ISender sender) : ICommandHandler<InviteMunicipality, int>
{
    public async ValueTask<int> Handle(InviteMunicipality command, CancellationToken cancellationToken)
    {
        var municipalities = await sender.Send(new ListMunicipalities(), cancellationToken).ConfigureAwait(false);
        if (!municipalities.SelectMany(region => region.Municipalities).Any(municipality => municipality.Id == command.MunicipalityId))
        {
            throw RequestValidationException.For("municipality", "No such municipality in the network.");
        }

        return await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "participants", ProjectAccess.MayInvite,
            "Only the project's managers invite municipalities.", change =>
            {
                var project = change.Project;
                if (project.MunicipalityId == command.MunicipalityId)
                {
                    throw new ConflictException("The owner already takes part in its project.", "AlreadyTakingPart", project.Version);
                }

                if (project.ParticipationOf(command.MunicipalityId)?.State is ParticipantState.Invited or ParticipantState.Accepted)
                {
                    throw new ConflictException("This municipality is already invited or taking part.", "AlreadyInvited", project.Version);
                }

                if (project.Participants.Count(participant => participant.State != ParticipantState.Declined) >= ProjectLimits.MaxParticipants)
                {
                    throw RequestValidationException.For("municipality", $"A project has at most {ProjectLimits.MaxParticipants} participants.");
                }

                project.Invite(command.MunicipalityId, change.PersonId, change.Now);
                return [];
            }, cancellationToken).ConfigureAwait(false);
    }
}
