using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Features.Read;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Bin;

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
