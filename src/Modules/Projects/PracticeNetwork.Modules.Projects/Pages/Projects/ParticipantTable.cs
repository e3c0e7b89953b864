using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>One municipality of a project as its participant table shows it: the owner first, then the invited ones.</summary>
public sealed record ParticipantRow(
    Guid MunicipalityId, string Code, string Name, bool IsOwner, ParticipantState? State, DateTimeOffset? Since, ProjectContribution? Contribution);

/// <summary>The owner and every invited municipality, with where each stands and what it gives.</summary>
public sealed record ParticipantTable(IReadOnlyList<ParticipantRow> Rows)
{
    public static ParticipantTable Of(ProjectDetails project, MunicipalityLookup directory)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(directory);
        var owner = directory.ById(project.MunicipalityId);
        var rows = new List<ParticipantRow>
        {
            new(project.MunicipalityId, owner?.Code ?? string.Empty, directory.NameOf(project.MunicipalityId), true, null, project.CreatedAt, project.OwnerContribution),
        };
        rows.AddRange(project.Participants
            .OrderBy(participant => participant.State)
            .ThenBy(participant => directory.NameOf(participant.MunicipalityId), StringComparer.CurrentCultureIgnoreCase)
            .Select(participant => new ParticipantRow(
                participant.MunicipalityId,
                directory.ById(participant.MunicipalityId)?.Code ?? string.Empty,
                directory.NameOf(participant.MunicipalityId),
                false,
                participant.State,
                participant.AnsweredAt ?? participant.InvitedAt,
                participant.Contribution)));
        return new ParticipantTable(rows);
    }
}
