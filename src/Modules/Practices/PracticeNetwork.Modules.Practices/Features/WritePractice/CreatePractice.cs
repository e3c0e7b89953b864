using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

internal sealed class CreatePracticeValidator() : PracticeContentValidator<CreatePractice>(command => command.Content);

/// <summary>Authors (and reviewers) of the acting municipality write drafts; the tenant is stamped on save.</summary>
internal sealed class CreatePracticeHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<CreatePractice, Guid>
{
    public async ValueTask<Guid> Handle(CreatePractice command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember || !(reader.IsAuthor || reader.IsReviewer))
        {
            throw new ForbiddenException("Only the municipality's authors and reviewers write practices.");
        }

        var now = clock.GetUtcNow();
        var practice = new GoodPractice(command.Content, reader.PersonId(), now);
        db.Practices.Add(practice);
        db.Changes.Add(new PracticeChange(practice, reader.PersonId(), ContentChangeKind.Created, now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return practice.Id;
    }
}
