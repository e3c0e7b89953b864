using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Workflow;

internal sealed class ChangePracticeStatusValidator : AbstractValidator<ChangePracticeStatus>
{
    public ChangePracticeStatusValidator()
    {
        RuleFor(command => command.Step).IsInEnum().OverridePropertyName("step");
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
        RuleFor(command => command.Comment).NotEmpty().When(command => command.Step == WorkflowStep.ReturnToAuthor)
            .WithMessage("Tell the author what to change.").OverridePropertyName("comment");
        RuleFor(command => command.Comment).MaximumLength(2000).Printable().OverridePropertyName("comment");
    }
}

/// <summary>
/// A workflow step on the acting municipality's practice, over the version the reader saw. Publishing keeps the
/// published content as a revision and, like archiving, writes an outbox event in the same transaction.
/// </summary>
internal sealed class ChangePracticeStatusHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<ChangePracticeStatus, int>
{
    public async ValueTask<int> Handle(ChangePracticeStatus command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await db.OwnPracticeAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        if (practice.IsDeleted || !PracticeRules.MayOpen(reader, practice))
        {
            throw new NotFoundException("No such practice in this municipality.");
        }

        var step = command.Step;
        if (!SharedKernel.Content.Workflow.MayTake(reader, practice.MunicipalityId, step))
        {
            throw new ForbiddenException("This step belongs to the municipality's reviewers.");
        }

        PracticeStore.EnsureVersion(practice, command.Version);
        var previousRevision = practice.RevisionNumber;
        var now = clock.GetUtcNow();
        if (!practice.Take(step, command.Comment, now))
        {
            throw new ConflictException($"A practice that is {practice.Status} cannot take the step {command.Step}.", "WrongStep", practice.Version);
        }

        var person = reader.PersonId();
        db.Changes.Add(new PracticeChange(practice, person, KindOf(command.Step), now, comment: command.Comment?.Trim()));
        if (command.Step == WorkflowStep.Publish)
        {
            var changed = await ChangedSinceLastRevisionAsync(practice, previousRevision, cancellationToken).ConfigureAwait(false);
            db.Revisions.Add(new PracticeRevision(practice, practice.NextRevision(), person, now, changed));
            db.AddEvent(PracticeEvents.Published, practice, person, now);
        }
        else if (command.Step == WorkflowStep.Archive)
        {
            db.AddEvent(PracticeEvents.Archived, practice, person, now);
        }

        await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
        return practice.Version;
    }

    private async Task<IReadOnlyList<string>> ChangedSinceLastRevisionAsync(GoodPractice practice, int previousRevision, CancellationToken cancellationToken)
    {
        if (previousRevision == 0)
        {
            return [];
        }

        var snapshot = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Revisions.Where(revision => revision.PracticeId == practice.Id && revision.Number == previousRevision)
                .Select(revision => revision.Snapshot), cancellationToken).ConfigureAwait(false);
        return practice.Content.ChangedFields(PracticeSnapshot.Deserialize(snapshot));
    }

    private static ContentChangeKind KindOf(WorkflowStep step) => step switch
    {
        WorkflowStep.SubmitForReview => ContentChangeKind.SubmittedForReview,
        WorkflowStep.Publish => ContentChangeKind.Published,
        WorkflowStep.ReturnToAuthor => ContentChangeKind.ReturnedToAuthor,
        WorkflowStep.Archive => ContentChangeKind.Archived,
        _ => ContentChangeKind.Restored,
    };
}
