using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features;

internal static class PracticeAccess
{
    /// <summary>The acting municipality's practice that the reader may edit: 404 if they may not even open it, 403 if they may only read.</summary>
    public static async Task<GoodPractice> EditableAsync(PracticesDbContext db, Reader reader, Guid practiceId, CancellationToken cancellationToken)
    {
        var practice = await db.OwnPracticeAsync(practiceId, cancellationToken).ConfigureAwait(false);
        if (practice.IsDeleted || !PracticeRules.MayOpen(reader, practice))
        {
            throw new NotFoundException("No such practice in this municipality.");
        }

        return PracticeRules.MayEdit(reader, practice)
            ? practice
            : throw new ForbiddenException("Only the author of a draft and the municipality's reviewers change this practice.");
    }
}
