using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>
/// The invitations waiting for the acting municipality's answer, for its admins: the title and who invited are what an
/// invitation says, whatever the project's audience (it is addressed to this municipality).
/// </summary>
internal sealed class ListProjectInvitationsHandler(ProjectsDbContext db, IReaderContext readers, ISender sender)
    : IQueryHandler<ListProjectInvitations, IReadOnlyList<ProjectInvitation>>
{
    public async ValueTask<IReadOnlyList<ProjectInvitation>> Handle(ListProjectInvitations query, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember || !reader.IsAdmin)
        {
            return [];
        }

        var acting = reader.ActingMunicipalityId!.Value;
        var rows = await db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(project => project.DeletedAt == null && project.Status != PublicationStatus.Archived)
            // A join, not a correlated subquery: SQLite has no APPLY.
            .SelectMany(project => project.Participants, (project, participant) => new { project, participant })
            .Where(pair => pair.participant.MunicipalityId == acting && pair.participant.State == ParticipantState.Invited)
            .Select(pair => new
            {
                pair.project.Id, pair.project.Title, pair.project.MunicipalityId, pair.project.Version, pair.participant.InvitedBy, pair.participant.InvitedAt,
            })
            .OrderByDescending(row => row.InvitedAt).Take(100)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var names = (await sender.Send(new GetAccounts([.. rows.Select(row => row.InvitedBy).Distinct()]), cancellationToken).ConfigureAwait(false))
            .ToDictionary(account => account.PersonId, account => account.DisplayName);
        return [.. rows.Select(row => new ProjectInvitation(row.Id, row.Title, row.MunicipalityId, row.InvitedBy,
            names.GetValueOrDefault(row.InvitedBy, string.Empty), row.InvitedAt) { Version = row.Version })];
    }
}
