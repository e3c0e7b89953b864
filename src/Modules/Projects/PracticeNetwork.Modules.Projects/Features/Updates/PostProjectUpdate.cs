using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Updates;

internal sealed class PostProjectUpdateValidator : AbstractValidator<PostProjectUpdate>
{
    public PostProjectUpdateValidator() =>
        RuleFor(command => command.Text).NotEmpty().MaximumLength(ProjectLimits.UpdateText).Printable().OverridePropertyName("text");
}

/// <summary>
/// A team member posts a dated update for the municipality they act for: a row of that municipality (not of the
/// owner), so it stays attributed to it. Followers hear of it from the outbox, written in the same save.
/// </summary>
internal sealed class PostProjectUpdateHandler(ProjectsDbContext db, ProjectReads reads, IReaderContext readers, TimeProvider clock)
    : ICommandHandler<PostProjectUpdate, Guid>
{
    public async ValueTask<Guid> Handle(PostProjectUpdate command, CancellationToken cancellationToken)
    {
        var project = await reads.ForOwnWriteAsync(command.ProjectId, ProjectAccess.MayPostUpdates,
            "Only the project team posts updates.", cancellationToken).ConfigureAwait(false);
        var reader = readers.Current;
        var update = new ProjectStatusUpdate(Guid.NewGuid(), project.Id, reader.ActingMunicipalityId!.Value, reader.PersonId(),
            clock.GetUtcNow(), command.Text.Trim());
        db.Updates.Add(update);
        db.Outbox.Add(IntegrationEvents.ToOutbox(ProjectContentType.UpdatePosted(project, update)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return update.Id;
    }
}
