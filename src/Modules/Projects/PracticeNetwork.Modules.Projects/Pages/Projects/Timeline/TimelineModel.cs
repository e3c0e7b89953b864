namespace PracticeNetwork.Modules.Projects.Pages.Projects.Timeline;

/// <summary>Where a milestone stands, told in words, by shape and by symbol: never by colour alone.</summary>
public enum MilestoneState
{
    Upcoming,
    Done,
    Overdue,
}

public enum TimelineEntryKind
{
    Milestone,
    Update,
}

/// <summary>A milestone as the timeline draws it; <paramref name="Responsible"/> is its municipality's name.</summary>
public sealed record TimelineMilestone(Guid Id, string Title, DateOnly DueDate, DateOnly? DoneOn, bool IsOverdue, string Responsible)
{
    public MilestoneState State => DoneOn is not null ? MilestoneState.Done : IsOverdue ? MilestoneState.Overdue : MilestoneState.Upcoming;
}

/// <summary>A status update as the timeline draws it: when (Helsinki date), for which municipality, by whom.</summary>
public sealed record TimelineUpdate(Guid Id, DateOnly PostedOn, string Municipality, string Author);

/// <summary>What the timeline is drawn from: the project's own dates, today (Helsinki) and its milestones and updates.</summary>
public sealed record TimelineInput(
    DateOnly? Start,
    DateOnly? End,
    DateOnly Today,
    IReadOnlyList<TimelineMilestone> Milestones,
    IReadOnlyList<TimelineUpdate> Updates);

/// <summary>
/// The timeline's words in the reader's language. <see cref="Description"/> takes the number of milestones, done
/// ones, overdue ones and updates, then the first and last date; <see cref="UpdateBy"/> the municipality and author.
/// </summary>
public sealed record TimelineTexts(
    string Title,
    string Description,
    string Empty,
    string Today,
    string Upcoming,
    string Done,
    string Overdue,
    string DoneOn,
    string Update,
    string UpdateBy,
    string Duration,
    string Legend);

/// <summary>One line of the timeline's list, in date order: the same data as the picture, for every reader.</summary>
public sealed record TimelineEntry(
    DateOnly Date,
    TimelineEntryKind Kind,
    Guid Id,
    string Title,
    MilestoneState? State,
    DateOnly? DoneOn,
    string Who)
{
    /// <summary>The id of the entry's place on the project page (its milestone or update).</summary>
    public string Anchor => Kind == TimelineEntryKind.Milestone ? $"virstanpylvas-{Id}" : $"paivitys-{Id}";
}
