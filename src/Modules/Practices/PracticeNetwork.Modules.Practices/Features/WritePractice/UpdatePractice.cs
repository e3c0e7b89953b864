using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

internal sealed class UpdatePracticeValidator : PracticeContentValidator<UpdatePractice>
{
    public UpdatePracticeValidator() : base(command => command.Content) =>
        RuleFor(command => command.Version).GreaterThanOrEqualTo(0).OverridePropertyName("version");
}

/// <summary>
/// Saves an edit made on top of the version the editor loaded (a stale one is a conflict, never an overwrite).
/// Editing a published practice makes a new revision; unless the editor calls it minor, it is an update event.
/// </summary>
internal sealed class UpdatePracticeHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<UpdatePractice, int>
{
    public async ValueTask<int> Handle(UpdatePractice command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await db.OwnPracticeAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        if (!PracticeRules.MayOpen(reader, practice))
        {
            throw new NotFoundException("No such practice in this municipality.");
        }

        if (!PracticeRules.MayEdit(reader, practice))
        {
            throw new ForbiddenException(practice.Status == PublicationStatus.Archived
                ? "An archived practice cannot be edited; restore it first."
                : "Only the author of a draft and the municipality's reviewers edit this practice.");
        }

        PracticeStore.EnsureVersion(practice, command.Version);
        var before = practice.Content;
        var now = clock.GetUtcNow();
        var changed = practice.Edit(command.Content, now);
        if (changed.Count == 0)
        {
            return practice.Version;
        }

        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), ContentChangeKind.Edited, now, changed, command.MinorChange ? "minor" : null));
        if (practice.Status == PublicationStatus.Published)
        {
            db.Revisions.Add(new PracticeRevision(practice, practice.NextRevision(), reader.PersonId(), now, changed));
            if (!command.MinorChange && IsSubstantial(before, practice.Content))
            {
                db.AddEvent(PracticeEvents.Updated, practice, reader.PersonId(), now, new { fields = changed });
            }
        }

        await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
        return practice.Version;
    }

    /// <summary>More than layout: a text changed in substance, or the stage, evidence or themes changed.</summary>
    private static bool IsSubstantial(PracticeContent before, PracticeContent after) =>
        before.Stage != after.Stage || before.EvidenceLevel != after.EvidenceLevel || !before.Themes.SequenceEqual(after.Themes)
        || before.Texts().Zip(after.Texts()).Any(pair => SharedKernel.Text.TextDiff.DiffersInSubstance(pair.First.Text, pair.Second.Text));
}
