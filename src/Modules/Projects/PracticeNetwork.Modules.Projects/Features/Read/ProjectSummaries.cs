using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Domain;

namespace PracticeNetwork.Modules.Projects.Features.Read;

/// <summary>List rows of projects, without the long texts, with their overdue milestones counted in the database.</summary>
internal static class ProjectSummaries
{
    public static async Task<List<ProjectSummary>> ToSummariesAsync(this IQueryable<DevelopmentProject> projects, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await projects.Select(project => new
        {
            project.Id,
            project.MunicipalityId,
            project.Title,
            project.Summary,
            project.ProjectStatus,
            project.Status,
            project.Audience,
            project.StartDate,
            project.EndDate,
            Participants = project.Participants.Where(participant => participant.State == ParticipantState.Accepted)
                .Select(participant => participant.MunicipalityId).ToList(),
            Themes = project.ThemeEntries.Select(entry => entry.Theme).ToList(),
            project.Partners,
            project.PublishedAt,
            project.UpdatedAt,
            Overdue = project.Milestones.Count(milestone => milestone.CompletedAt == null && milestone.DueDate < today),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new ProjectSummary(row.Id, row.MunicipalityId, row.Title, row.Summary, row.ProjectStatus, row.Status,
            row.Audience, row.StartDate, row.EndDate, row.Participants, [.. row.Themes.Order()], [.. row.Partners.Select(partner => partner.Name)],
            row.PublishedAt, row.UpdatedAt, row.Overdue))];
    }

    /// <summary>Published (or archived) projects the reader may open: by audience, or because the reader's municipality takes part.</summary>
    public static IQueryable<DevelopmentProject> VisibleTo(this IQueryable<DevelopmentProject> projects, Reader reader, bool includeArchived)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var audiences = SharedKernel.Content.Visibility.VisibleAudiences(reader).ToList();
        Guid? own = reader.IsMember ? reader.ActingMunicipalityId : null;
        List<PublicationStatus> statuses = includeArchived ? [.. SharedKernel.Content.Visibility.VisibleStatuses] : [PublicationStatus.Published];
        var shown = projects.Where(project => project.DeletedAt == null && statuses.Contains(project.Status));
        return own is null
            ? shown.Where(project => audiences.Contains(project.Audience))
            : shown.Where(project => audiences.Contains(project.Audience) || project.MunicipalityId == own
                || project.Participants.Any(participant => participant.MunicipalityId == own && participant.State == ParticipantState.Accepted));
    }
}
