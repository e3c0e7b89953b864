using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;

/// <summary>A project's milestones and updates as the timeline takes them: dates on Helsinki's calendar, municipalities by name.</summary>
public static class TimelineInputs
{
    public static TimelineInput Of(ProjectDetails project, Func<Guid, string> municipalityName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(municipalityName);
        return new TimelineInput(
            project.Content.StartDate,
            project.Content.EndDate,
            today,
            [.. project.Milestones.Select(milestone => new TimelineMilestone(
                milestone.Id, milestone.Title, milestone.DueDate, milestone.CompletedAt is { } done ? HelsinkiDate(done) : null,
                milestone.IsOverdue, municipalityName(milestone.ResponsibleMunicipalityId)))],
            [.. project.Updates.Select(update => new TimelineUpdate(
                update.Id, HelsinkiDate(update.PostedAt), municipalityName(update.MunicipalityId), update.AuthorName))]);
    }

    /// <summary>The day it is (or was) in Finland at <paramref name="moment"/>.</summary>
    public static DateOnly HelsinkiDate(DateTimeOffset moment) => DateOnly.FromDateTime(ReaderFormat.InHelsinki(moment).DateTime);

    /// <summary>The timeline's words from the project texts (<c>Timeline.*</c>).</summary>
    public static TimelineTexts TextsFrom(IStringLocalizer texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string Text(string key) => texts[$"Timeline.{key}"].Value;
        return new TimelineTexts(
            Text("Title"), Text("Description"), Text("Empty"), Text("Today"), Text("Upcoming"), Text("Done"), Text("Overdue"),
            Text("DoneOn"), Text("Update"), Text("UpdateBy"), Text("Duration"), Text("Legend"));
    }
}
