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
        // The projects first, then their invitation rows in memory: SQLite cannot run a SelectMany into the owned
        // participants that reads the project's columns too (it needs APPLY). Invitations waiting are few.
        var invitedTo = await db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(project => project.DeletedAt == null && project.Status != PublicationStatus.Archived
                && project.Participants.Any(participant => participant.MunicipalityId == acting && participant.State == ParticipantState.Invited))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = invitedTo
            .Select(project => (Project: project, Invitation: project.Participants.Single(participant => participant.MunicipalityId == acting)))
            .Select(row => new { row.Project.Id, row.Project.Title, row.Project.MunicipalityId, row.Invitation.InvitedBy, row.Invitation.InvitedAt })
            .OrderByDescending(row => row.InvitedAt).Take(100)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var names = (await sender.Send(new GetAccounts([.. rows.Select(row => row.InvitedBy).Distinct()]), cancellationToken).ConfigureAwait(false))
            .ToDictionary(account => account.PersonId, account => account.DisplayName);
        return [.. rows.Select(row => new ProjectInvitation(row.Id, row.Title, row.MunicipalityId, row.InvitedBy,
            names.GetValueOrDefault(row.InvitedBy, string.Empty), row.InvitedAt))];
    }
}
