using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.WriteProject;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Features.Import;

/// <summary>The content rules of create, a consistent state, and a team that has a project manager.</summary>
internal sealed class ImportProjectValidator : ProjectContentValidator<ImportProject>
{
    public ImportProjectValidator(TimeProvider clock) : base(command => command.Content)
    {
        var published = new[] { PublicationStatus.Published, PublicationStatus.Archived };
        RuleFor(command => command.Id).NotEmpty().OverridePropertyName("id");
        RuleFor(command => command.CreatedBy).NotEmpty().OverridePropertyName("createdBy");
        RuleFor(command => command.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(command => command.CreatedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).OverridePropertyName("createdAt");
        RuleFor(command => command.PublishedAt).NotNull().When(command => published.Contains(command.Status))
            .WithMessage("A published or archived project needs its publication date.").OverridePropertyName("publishedAt");
        RuleFor(command => command.PublishedAt).Null().When(command => !published.Contains(command.Status))
            .WithMessage("Only published and archived projects have a publication date.").OverridePropertyName("publishedAt");
        RuleFor(command => command.PublishedAt).Must((command, at) => at >= command.CreatedAt && at <= clock.GetUtcNow())
            .When(command => command.PublishedAt is not null).WithMessage("Published after it was created, and not in the future.")
            .OverridePropertyName("publishedAt");
        RuleFor(command => command.ArchivedAt).NotNull().When(command => command.Status == PublicationStatus.Archived).OverridePropertyName("archivedAt");
        RuleFor(command => command.ArchivedAt).Null().When(command => command.Status != PublicationStatus.Archived).OverridePropertyName("archivedAt");
        RuleFor(command => command.ReviewComment).Null().When(command => command.Status != PublicationStatus.Draft).OverridePropertyName("reviewComment");
        RuleFor(command => command.UpdatedAt).Null().When(command => !command.MovedBeforePublication()).OverridePropertyName("updatedAt");
        RuleFor(command => command.Team).NotNull().Must(team => team is not null && team.Any(member => member.IsProjectManager))
            .WithMessage("A project has a project manager.").OverridePropertyName("team");
        RuleFor(command => command.Participants).NotNull()
            .Must((command, participants) => participants is null || participants.All(participant => participant.MunicipalityId != Guid.Empty))
            .OverridePropertyName("participants");
        RuleForEach(command => command.Milestones).ChildRules(milestone =>
        {
            milestone.RuleFor(item => item.Id).NotEmpty().OverridePropertyName("id");
            milestone.RuleFor(item => item.Title).NotEmpty().MaximumLength(ProjectLimits.MilestoneTitle).OverridePropertyName("title");
        }).OverridePropertyName("milestones");
    }
}

/// <summary>Writes an imported project, with its participants, team and milestones, through the shared import path.</summary>
internal sealed class ImportProjectHandler(ContentImport<DevelopmentProject, ProjectContent> import) : ICommandHandler<ImportProject, bool>
{
    public async ValueTask<bool> Handle(ImportProject command, CancellationToken cancellationToken) =>
        await import.ImportAsync(command.Id, () => Build(command), command, cancellationToken).ConfigureAwait(false);

    private static DevelopmentProject Build(ImportProject command)
    {
        var project = new DevelopmentProject(command.Id, command.Content, command.CreatedBy, command.CreatedAt);
        project.Participants.AddRange(command.Participants.Select(participant => Participation.Imported(participant, command.CreatedBy)));
        foreach (var member in command.Team)
        {
            project.AddToTeam(member.PersonId, member.MunicipalityId, member.IsProjectManager, member.AddedAt);
        }

        foreach (var imported in command.Milestones)
        {
            var milestone = project.Plan(imported.Title, imported.DueDate, imported.ResponsibleMunicipalityId, command.CreatedAt, imported.Id);
            milestone.CompletedAt = imported.CompletedAt;
            milestone.CompletedBy = imported.CompletedAt is null ? null : imported.CompletedBy ?? command.CreatedBy;
        }

        project.TouchAt(command.CreatedAt);
        return project;
    }
}
