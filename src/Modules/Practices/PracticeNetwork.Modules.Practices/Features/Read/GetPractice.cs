using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>
/// Reviewed network-wide read: any municipality's practice, returned only when <see cref="ContentRules.MayOpen"/>
/// (the visibility rule; deleted items only for the owning municipality's admins) allows the current reader.
/// </summary>
internal sealed class GetPracticeHandler(PracticesDbContext db, ContentFiles<GoodPractice, PracticeContent> files, IReaderContext readers)
    : IQueryHandler<GetPractice, PracticeDetails?>
{
    public async ValueTask<PracticeDetails?> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (await db.ItemTheReaderMayOpenAsync<GoodPractice>(reader, query.PracticeId, evenDeleted: true, cancellationToken).ConfigureAwait(false) is not { } practice)
        {
            return null;
        }

        var attachments = await files.ListAsync(practice, cancellationToken).ConfigureAwait(false);
        return new PracticeDetails(practice.Id, practice.MunicipalityId, practice.Content, practice.Status, practice.Version,
            practice.RevisionNumber, practice.CreatedBy, practice.CreatedAt, practice.UpdatedAt, practice.PublishedAt,
            reader.ActsFor(practice.MunicipalityId) ? practice.ReviewComment : null, practice.IsDeleted, attachments,
            ContentRules.Permissions(reader, practice));
    }
}
