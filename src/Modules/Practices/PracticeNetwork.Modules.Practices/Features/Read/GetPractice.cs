using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>
/// Reviewed network-wide read: any municipality's practice, returned only when <see cref="PracticeRules.MayOpen"/>
/// (the visibility rule; deleted items only for the owning municipality's admins) allows the current reader.
/// </summary>
internal sealed class GetPracticeHandler(PracticesDbContext db, IReaderContext readers) : IQueryHandler<GetPractice, PracticeDetails?>
{
    public async ValueTask<PracticeDetails?> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (await db.PracticeTheReaderMayOpenAsync(reader, query.PracticeId, evenDeleted: true, cancellationToken).ConfigureAwait(false) is not { } practice)
        {
            return null;
        }

        var attachments = await db.Attachments.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(attachment => attachment.PracticeId == practice.Id)
            .OrderBy(attachment => attachment.FileName)
            .Select(attachment => new AttachmentInfo(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Length, attachment.UploadedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ownMunicipality = reader.IsMember && reader.ActingMunicipalityId == practice.MunicipalityId;
        return new PracticeDetails(practice.Id, practice.MunicipalityId, practice.Content, practice.Status, practice.Version,
            practice.RevisionNumber, practice.CreatedBy, practice.CreatedAt, practice.UpdatedAt, practice.PublishedAt,
            ownMunicipality ? practice.ReviewComment : null, practice.IsDeleted, attachments, PracticeRules.Permissions(reader, practice));
    }
}
