using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>
/// A development project ("kehittämishanke"), owned by one municipality. The shared fields are its content; who takes
/// part, the team and the milestones are part of the same item (its owner's rows), changed only through
/// <see cref="Features.Coordination.ProjectCoOwnership"/>. Each participant's own updates and contribution are its own rows.
/// </summary>
public sealed class DevelopmentProject : ContentItem<ProjectContent>
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private DevelopmentProject()
    {
    }
#pragma warning restore CS8618

    public DevelopmentProject(ProjectContent content, Guid createdBy, DateTimeOffset now)
        : this(Guid.NewGuid(), content, createdBy, now)
    {
    }

    internal DevelopmentProject(Guid id, ProjectContent content, Guid createdBy, DateTimeOffset now)
        : base(id, createdBy, now) => Apply(content);

    public string Summary { get; private set; }

    public string NeedAndGoals { get; private set; }

    public string Solution { get; private set; }

    public string Results { get; private set; }

    public ProjectStatus ProjectStatus { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string Language { get; private set; }

    public List<ProjectThemeEntry> ThemeEntries { get; private set; } = [];

    public List<PartnerOrganisation> Partners { get; private set; } = [];

    /// <summary>The partners' names in one searchable text, for the partner filter.</summary>
    public string PartnerNames { get; private set; } = string.Empty;

    public List<FundingSource> Funding { get; private set; } = [];

    public List<ContactPerson> Contacts { get; private set; } = [];

    public List<ContentLink> Links { get; private set; } = [];

    public List<Award> Awards { get; private set; } = [];

    /// <summary>The municipalities invited to take part (the owner is not one of them).</summary>
    public List<Participation> Participants { get; private set; } = [];

    public List<TeamMembership> Team { get; private set; } = [];

    public List<Milestone> Milestones { get; private set; } = [];

    public override ProjectContent Content => new(Title, Summary, NeedAndGoals, Solution, Results, ProjectStatus, StartDate, EndDate,
        Language, Audience, [.. ThemeEntries.Select(entry => entry.Theme).Order()], [.. Partners], [.. Funding], [.. Contacts], [.. Links], [.. Awards]);

    /// <summary>The owner and the municipalities that accepted and have not left.</summary>
    public bool TakesPart(Guid municipalityId) =>
        municipalityId == MunicipalityId || Participants.Any(participant => participant.MunicipalityId == municipalityId && participant.State == ParticipantState.Accepted);

    public Participation? ParticipationOf(Guid municipalityId) =>
        Participants.SingleOrDefault(participant => participant.MunicipalityId == municipalityId);

    public bool IsOnTeam(Guid personId, Guid municipalityId) =>
        TakesPart(municipalityId) && Team.Any(member => member.PersonId == personId && member.MunicipalityId == municipalityId);

    public bool IsManager(Guid personId, Guid municipalityId) =>
        TakesPart(municipalityId) && Team.Any(member => member.PersonId == personId && member.MunicipalityId == municipalityId && member.IsProjectManager);

    protected override ProjectContent Normalised(ProjectContent content) => Normalise(content);

    public static ProjectContent Normalise(ProjectContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content with
        {
            Title = content.Title.Trim(),
            Summary = content.Summary.Trim(),
            NeedAndGoals = content.NeedAndGoals.Trim(),
            Solution = content.Solution.Trim(),
            Results = content.Results.Trim(),
            Themes = [.. content.Themes.Distinct().Order()],
            Partners = [.. content.Partners.Select(partner => partner with { Name = partner.Name.Trim(), WebAddress = Blank(partner.WebAddress) })],
            Funding = [.. content.Funding.Select(funding => funding with
            {
                Source = funding.Source.Trim(),
                Currency = funding.Currency.Trim().ToUpperInvariant(),
            })],
            Contacts = [.. content.Contacts.Select(contact => contact with
            {
                Name = contact.Name.Trim(),
                Title = Blank(contact.Title),
                Email = Blank(contact.Email),
                Phone = Blank(contact.Phone),
            })],
            Links = [.. content.Links.Select(link => link with { Title = link.Title.Trim(), Url = link.Url.Trim() })],
            Awards = [.. content.Awards.Select(award => award with { Name = award.Name.Trim(), GrantedBy = Blank(award.GrantedBy) })],
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Summary), nameof(NeedAndGoals), nameof(Solution), nameof(Results), nameof(Language))]
    protected override void Apply(ProjectContent content)
    {
        var normal = Normalise(content);
        Title = normal.Title;
        Summary = normal.Summary;
        NeedAndGoals = normal.NeedAndGoals;
        Solution = normal.Solution;
        Results = normal.Results;
        ProjectStatus = normal.Status;
        StartDate = normal.StartDate;
        EndDate = normal.EndDate;
        Language = normal.Language;
        Audience = normal.Audience;
        ThemeEntries.RemoveAll(entry => !normal.Themes.Contains(entry.Theme));
        ThemeEntries.AddRange(normal.Themes.Where(theme => ThemeEntries.All(entry => entry.Theme != theme)).Select(theme => new ProjectThemeEntry(theme)));
        Partners = [.. normal.Partners];
        PartnerNames = string.Join(" | ", normal.Partners.Select(partner => partner.Name)).ToUpperInvariant();
        Funding = [.. normal.Funding];
        Contacts = [.. normal.Contacts];
        Links = [.. normal.Links];
        Awards = [.. normal.Awards];
    }

    internal void Invite(Guid municipalityId, Guid by, DateTimeOffset now)
    {
        if (ParticipationOf(municipalityId) is { } earlier)
        {
            earlier.Reinvite(by, now);
        }
        else
        {
            Participants.Add(new Participation(municipalityId, by, now));
        }

        Touch(now);
    }

    internal void Answer(Participation participation, bool accept, Guid by, DateTimeOffset now)
    {
        participation.Answer(accept, by, now);
        Touch(now);
    }

    internal void Leave(Participation participation, Guid by, DateTimeOffset now)
    {
        participation.Leave(by, now);
        Team.RemoveAll(member => member.MunicipalityId == participation.MunicipalityId);
        Touch(now);
    }

    internal void AddToTeam(Guid personId, Guid municipalityId, bool isProjectManager, DateTimeOffset now)
    {
        Team.Add(new TeamMembership(personId, municipalityId, isProjectManager, now));
        Touch(now);
    }

    internal void RemoveFromTeam(TeamMembership member, DateTimeOffset now)
    {
        Team.Remove(member);
        Touch(now);
    }

    internal void Appoint(TeamMembership member, bool isProjectManager, DateTimeOffset now)
    {
        member.IsProjectManager = isProjectManager;
        Touch(now);
    }

    internal Milestone Plan(string title, DateOnly dueDate, Guid responsibleMunicipalityId, DateTimeOffset now, Guid? id = null)
    {
        var milestone = new Milestone(id ?? Guid.NewGuid(), title.Trim(), dueDate, responsibleMunicipalityId);
        Milestones.Add(milestone);
        Touch(now);
        return milestone;
    }

    internal void Replan(Milestone milestone, string title, DateOnly dueDate, Guid responsibleMunicipalityId, DateTimeOffset now)
    {
        milestone.Title = title.Trim();
        milestone.DueDate = dueDate;
        milestone.ResponsibleMunicipalityId = responsibleMunicipalityId;
        Touch(now);
    }

    internal void Drop(Milestone milestone, DateTimeOffset now)
    {
        Milestones.Remove(milestone);
        Touch(now);
    }

    /// <summary>Marks a milestone done or not yet; true when it changed.</summary>
    internal bool Complete(Milestone milestone, bool done, Guid by, DateTimeOffset now)
    {
        if (milestone.IsDone == done)
        {
            return false;
        }

        milestone.CompletedAt = done ? now : null;
        milestone.CompletedBy = done ? by : null;
        Touch(now);
        return true;
    }

    internal void TouchAt(DateTimeOffset now) => Touch(now);
}

/// <summary>One theme of a project (a row of <c>ProjectThemes</c>).</summary>
public sealed class ProjectThemeEntry(Theme theme)
{
    public Theme Theme { get; private set; } = theme;
}
