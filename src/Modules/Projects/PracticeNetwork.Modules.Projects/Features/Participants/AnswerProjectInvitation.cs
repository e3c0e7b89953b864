using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Participants;

internal sealed class AnswerProjectInvitationValidator : AbstractValidator<AnswerProjectInvitation>
{
    public AnswerProjectInvitationValidator()
    {
        RuleFor(command => command.TeamMembers).NotNull().Must(members => members is null || members.Count <= 50).OverridePropertyName("teamMembers");
        RuleFor(command => command.TeamMembers).Must(members => members is null || members.Count == 0).When(command => !command.Accept)
            .WithMessage("Only an accepted invitation brings people to the team.").OverridePropertyName("teamMembers");
    }
}

/// <summary>
/// The invited municipality's admin accepts (the chosen members of that municipality join the team) or declines.
/// Accepting is news for the project's followers.
/// </summary>
internal sealed class AnswerProjectInvitationHandler(ProjectCoOwnership coOwnership, ISender sender, IReaderContext readers)
    : ICommandHandler<AnswerProjectInvitation, int>
{
    public async ValueTask<int> Handle(AnswerProjectInvitation command, CancellationToken cancellationToken)
    {
        var team = command.Accept ? await TeamMembersAsync(command.TeamMembers, cancellationToken).ConfigureAwait(false) : [];
        var municipality = readers.Current.ActingMunicipalityId;
        return await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "participants", ProjectAccess.MayAnswer,
            "Only the invited municipality's admins answer the invitation.", change =>
            {
                var project = change.Project;
                project.Answer(project.ParticipationOf(municipality!.Value)!, command.Accept, change.PersonId, change.Now);
                if (!command.Accept)
                {
                    return [];
                }

                foreach (var person in team.Where(person => !project.IsOnTeam(person, municipality.Value)))
                {
                    project.AddToTeam(person, municipality.Value, isProjectManager: false, change.Now);
                }

                return [ProjectContentType.Joined(project, municipality.Value, change.PersonId, change.Now)];
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The chosen people, each a member of the acting municipality (its own member list).</summary>
    private async Task<IReadOnlyList<Guid>> TeamMembersAsync(IReadOnlyList<Guid> chosen, CancellationToken cancellationToken)
    {
        var members = (await sender.Send(new ListMembers(), cancellationToken).ConfigureAwait(false)).Select(member => member.PersonId).ToHashSet();
        var strangers = chosen.Where(person => !members.Contains(person)).ToList();
        return strangers.Count > 0
            ? throw RequestValidationException.For("teamMembers", "Choose members of your own municipality.")
            : [.. chosen.Distinct()];
    }
}
