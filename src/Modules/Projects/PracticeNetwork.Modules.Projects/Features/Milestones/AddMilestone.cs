using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Milestones;

internal sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
{
    public AddMilestoneValidator() => this.AddMilestoneRules(command => command.Title, command => command.DueDate, command => command.ResponsibleMunicipalityId);
}

/// <summary>Project managers plan milestones, each the responsibility of a municipality taking part.</summary>
internal sealed class AddMilestoneHandler(ProjectCoOwnership coOwnership) : ICommandHandler<AddMilestone, MilestoneSaved>
{
    public async ValueTask<MilestoneSaved> Handle(AddMilestone command, CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        var version = await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "milestones", ProjectAccess.MayPlanMilestones,
            "Only the project's managers plan milestones.", change =>
            {
                MilestoneRules.EnsureTakesPart(change.Project, command.ResponsibleMunicipalityId);
                if (change.Project.Milestones.Count >= ProjectLimits.MaxMilestones)
                {
                    throw RequestValidationException.For("title", $"A project has at most {ProjectLimits.MaxMilestones} milestones.");
                }

                id = change.Project.Plan(command.Title, command.DueDate, command.ResponsibleMunicipalityId, change.Now).Id;
                return [];
            }, cancellationToken).ConfigureAwait(false);
        return new MilestoneSaved(id, version);
    }
}
