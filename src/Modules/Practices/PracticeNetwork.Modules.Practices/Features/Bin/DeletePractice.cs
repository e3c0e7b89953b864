using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

using PracticeNetwork.Modules.Practices.Features.Read;

namespace PracticeNetwork.Modules.Practices.Features.Bin;

/// <summary>Soft delete: the practice disappears from every page, list and API answer, and a municipality admin can bring it back.</summary>
internal sealed class DeletePracticeHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<DeletePractice>
{
    public async ValueTask<Unit> Handle(DeletePractice command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await db.OwnPracticeAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        if (practice.IsDeleted || !PracticeRules.MayOpen(reader, practice))
        {
            throw new NotFoundException("No such practice in this municipality.");
        }

        if (!PracticeRules.MayDelete(reader, practice))
        {
            throw new ForbiddenException("Reviewers delete practices; authors delete only their own drafts.");
        }

        PracticeStore.EnsureVersion(practice, command.Version);
        var now = clock.GetUtcNow();
        practice.Delete(reader.PersonId(), now);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), PracticeChangeKind.Deleted, now));
        if (practice.Status == PublicationStatus.Published)
        {
            // For followers a deleted practice is gone like an archived one.
            db.AddEvent(PracticeEvents.Archived, practice, reader.PersonId(), now, new { deleted = true });
        }

        await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class RestoreDeletedPracticeHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<RestoreDeletedPractice>
{
    public async ValueTask<Unit> Handle(RestoreDeletedPractice command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var practice = await db.OwnPracticeAsync(command.PracticeId, cancellationToken).ConfigureAwait(false);
        if (!PracticeRules.MayOpen(reader, practice))
        {
            // A colleague's draft, or a deleted item for anyone but the admins: not there for this reader, like an unknown id.
            throw new NotFoundException("No such practice in this municipality.");
        }

        if (!practice.IsDeleted)
        {
            throw new ConflictException("This practice is not deleted.", "NotDeleted", practice.Version);
        }

        if (!PracticeRules.MayRestoreDeleted(reader, practice))
        {
            throw new ForbiddenException("Only the municipality's admins restore deleted practices.");
        }

        var now = clock.GetUtcNow();
        practice.Undelete(now);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), PracticeChangeKind.Undeleted, now));
        await db.SaveOrConflictAsync(practice, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>The acting municipality's bin, newest first (municipality admins).</summary>
internal sealed class ListDeletedPracticesHandler(PracticesDbContext db, IReaderContext readers) : IQueryHandler<ListDeletedPractices, IReadOnlyList<PracticeSummary>>
{
    public async ValueTask<IReadOnlyList<PracticeSummary>> Handle(ListDeletedPractices query, CancellationToken cancellationToken)
    {
        if (!readers.Current.IsMember || !readers.Current.IsAdmin)
        {
            throw new ForbiddenException("Only the municipality's admins see deleted practices.");
        }

        return await db.Practices.AsNoTracking().Where(practice => practice.DeletedAt != null)
            .OrderByDescending(practice => practice.DeletedAt)
            .Take(200)
            .Select(PracticeSummaries.Projection)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
