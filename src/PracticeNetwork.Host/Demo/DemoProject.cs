using System.Text.Json.Serialization;
using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// One development project of the demo network, as its file in <c>Demo/Content/projects/</c> states it: the shared
/// front matter (<see cref="DemoItem"/>; <c>status</c> is the publication status, <c>projectStatus</c> where the project
/// is), its shared fields, and what the participants brought: who was invited and how they answered, the team, the
/// milestones, each municipality's contribution and status updates. Municipalities are named by their codes, people by
/// a demo account's email; a person left out is that municipality's fictional demo author (no account).
/// </summary>
internal sealed record DemoProject : DemoItem, IDemoItem
{
    public static DemoItemKind Kind { get; } = new(
        "project",
        "projects",
        ["title", "summary", "needAndGoals", "solution", "results"],
        FilesField: "documents",
        FileIdKind: "project-document");

    public required ProjectStatus ProjectStatus { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public IReadOnlyList<PartnerOrganisation> Partners { get; init; } = [];

    public IReadOnlyList<FundingSource> Funding { get; init; } = [];

    /// <summary>The municipalities invited to the project (the owner is not one).</summary>
    public IReadOnlyList<DemoParticipant> Participants { get; init; } = [];

    public required IReadOnlyList<DemoTeamMember> Team { get; init; }

    public IReadOnlyList<DemoMilestone> Milestones { get; init; } = [];

    /// <summary>Each municipality's role and resources, in its own words (the owner's too).</summary>
    public IReadOnlyList<DemoContribution> Contributions { get; init; } = [];

    public IReadOnlyList<DemoUpdate> Updates { get; init; } = [];

    public IReadOnlyList<DemoFileEntry> Documents { get; init; } = [];

    [JsonIgnore]
    public override IReadOnlyList<DemoFileEntry> FileEntries => Documents;

    public ProjectContent Content => new(
        Text("title"), Text("summary"), Text("needAndGoals"), Text("solution"), Text("results"), ProjectStatus, StartDate, EndDate,
        Language, Audience, Themes, Partners, Funding, Contacts, Links, Awards);

    /// <summary>The municipalities that took part: the owner, the participants that accepted and those that left later.</summary>
    public IEnumerable<string> TookPart => Participants.Where(participant => participant.State is ParticipantState.Accepted or ParticipantState.Left)
        .Select(participant => participant.Municipality).Prepend(Municipality);

    public Guid MilestoneId(DemoMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return StableId("milestone", $"{Key}/{milestone.Key}");
    }

    public Guid UpdateId(DemoUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return StableId("project-update", $"{Key}/{update.Key}");
    }

    /// <summary>
    /// Keys that fix ids are unique, and every row speaks for a municipality that takes part (the import of a
    /// participant's rows is sent acting for it). Whether the rest makes sense is the import validator's call.
    /// </summary>
    public override void Check(DemoContentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Unique(file, "participants", Participants.Select(participant => participant.Municipality).Prepend(Municipality), "municipality",
            "a municipality is invited once, and the owner is not invited", first: -1);
        Unique(file, "milestones", Milestones.Select(milestone => milestone.Key), "key", "the key fixes the milestone's id");
        Unique(file, "updates", Updates.Select(update => update.Key), "key", "the key fixes the update's id");
        Unique(file, "contributions", Contributions.Select(contribution => contribution.Municipality), "municipality",
            "a municipality records one contribution");
        var tookPart = TookPart.ToHashSet(StringComparer.Ordinal);
        TakesPart(file, "team", Team.Select(member => member.Municipality), "municipality", tookPart);
        TakesPart(file, "milestones", Milestones.Select(milestone => milestone.Responsible), "responsible", tookPart);
        TakesPart(file, "contributions", Contributions.Select(contribution => contribution.Municipality), "municipality", tookPart);
        TakesPart(file, "updates", Updates.Select(update => update.Municipality), "municipality", tookPart);
    }

    /// <summary><paramref name="first"/>: the index in <paramref name="list"/> of the first value (-1: it is not in the list, the owner).</summary>
    private static void Unique(DemoContentFile file, string list, IEnumerable<string> values, string field, string why, int first = 0)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, index) in values.Select((value, index) => (value, index)))
        {
            if (!seen.Add(value))
            {
                throw file.Error($"{list}[{index + first}].{field}", $"\"{value}\" appears twice: {why}");
            }
        }
    }

    private static void TakesPart(DemoContentFile file, string list, IEnumerable<string> municipalities, string field, HashSet<string> tookPart)
    {
        foreach (var (code, index) in municipalities.Select((code, index) => (code, index)))
        {
            if (!tookPart.Contains(code))
            {
                throw file.Error($"{list}[{index}].{field}", $"{code} is neither the owner nor a participant that accepted (or later left)");
            }
        }
    }
}

/// <summary>A municipality invited to a demo project, and its answer.</summary>
internal sealed record DemoParticipant
{
    /// <summary>The official municipality code.</summary>
    public required string Municipality { get; init; }

    public required ParticipantState State { get; init; }

    public required DateTimeOffset Invited { get; init; }

    /// <summary>When it accepted or declined (a participant that left: when it accepted); absent while invited.</summary>
    public DateTimeOffset? Answered { get; init; }
}

/// <summary>A person on a demo project's team, for one municipality.</summary>
internal sealed record DemoTeamMember
{
    /// <summary>A demo account's email; absent: the municipality's fictional demo author.</summary>
    public string? Person { get; init; }

    public required string Municipality { get; init; }

    public bool ProjectManager { get; init; }

    public required DateTimeOffset Added { get; init; }
}

internal sealed record DemoMilestone
{
    /// <summary>Unique within the project: the milestone's id comes from it.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    public required DateOnly Due { get; init; }

    /// <summary>The code of the municipality responsible for it.</summary>
    public required string Responsible { get; init; }

    public DateTimeOffset? Completed { get; init; }

    /// <summary>A demo account's email; absent: the import's default (the project's creator).</summary>
    public string? CompletedBy { get; init; }
}

/// <summary>What one municipality gives to a demo project.</summary>
internal sealed record DemoContribution
{
    public required string Municipality { get; init; }

    public required string Role { get; init; }

    public required string Resources { get; init; }

    /// <summary>A demo account's email; absent: the municipality's fictional demo author.</summary>
    public string? RecordedBy { get; init; }

    public required DateTimeOffset Recorded { get; init; }
}

/// <summary>A dated status update (Markdown) written for one municipality.</summary>
internal sealed record DemoUpdate
{
    /// <summary>Unique within the project: the update's id comes from it.</summary>
    public required string Key { get; init; }

    public required string Municipality { get; init; }

    /// <summary>A demo account's email; absent: the municipality's fictional demo author.</summary>
    public string? By { get; init; }

    public required DateTimeOffset Posted { get; init; }

    public required string Text { get; init; }
}
