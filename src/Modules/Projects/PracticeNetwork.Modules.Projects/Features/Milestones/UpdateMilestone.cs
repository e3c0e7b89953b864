using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;

namespace PracticeNetwork.Modules.Projects.Features.Milestones;

internal sealed class UpdateMilestoneValidator : AbstractValidator<UpdateMilestone>
{
    public UpdateMilestoneValidator() => this.AddMilestoneRules(command => command.Title, command => command.DueDate, command => command.ResponsibleMunicipalityId);
}

internal sealed class UpdateMilestoneHandler(ProjectCoOwnership coOwnership) : ICommandHandler<UpdateMilestone, int>
{
    public async ValueTask<int> Handle(UpdateMilestone command, CancellationToken cancellationToken) =>
        await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "milestones", ProjectAccess.MayPlanMilestones,
            "Only the project's managers plan milestones.", change =>
            {
                var milestone = MilestoneRules.Find(change.Project, command.MilestoneId);
                MilestoneRules.EnsureTakesPart(change.Project, command.ResponsibleMunicipalityId);
                change.Project.Replan(milestone, command.Title, command.DueDate, command.ResponsibleMunicipalityId, change.Now);
                return [];
            }, cancellationToken).ConfigureAwait(false);
}

internal sealed class RemoveMilestoneHandler(ProjectCoOwnership coOwnership) : ICommandHandler<RemoveMilestone, int>
{
    public async ValueTask<int> Handle(RemoveMilestone command, CancellationToken cancellationToken) =>
        await coOwnership.CoordinateAsync(command.ProjectId, command.Version, "milestones", ProjectAccess.MayPlanMilestones,
            "Only the project's managers plan milestones.", change =>
            {
                change.Project.Drop(MilestoneRules.Find(change.Project, command.MilestoneId), change.Now);
                return [];
            }, cancellationToken).ConfigureAwait(false);
}
