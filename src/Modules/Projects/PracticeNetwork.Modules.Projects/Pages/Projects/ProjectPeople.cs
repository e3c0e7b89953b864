using Mediator;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// The names of the people a project page mentions: the team by the names the project keeps, anyone else (who
/// invited a municipality, who marked a milestone done) from their account; an account that is gone has no name.
/// </summary>
public sealed class ProjectPeople
{
    private readonly Dictionary<Guid, string> _names;

    private ProjectPeople(Dictionary<Guid, string> names) => _names = names;

    public static async Task<ProjectPeople> LoadAsync(ISender sender, ProjectDetails project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(project);
        var names = project.Team.GroupBy(member => member.PersonId).ToDictionary(group => group.Key, group => group.First().Name);
        foreach (var update in project.Updates)
        {
            names.TryAdd(update.PersonId, update.AuthorName);
        }

        var others = project.Participants.Select(participant => participant.InvitedBy)
            .Concat(project.Milestones.Select(milestone => milestone.CompletedBy).OfType<Guid>())
            .Where(person => !names.ContainsKey(person))
            .Distinct()
            .ToList();
        if (others.Count > 0)
        {
            foreach (var account in await sender.Send(new GetAccounts(others), cancellationToken).ConfigureAwait(false))
            {
                names[account.PersonId] = account.DisplayName;
            }
        }

        return new ProjectPeople(names);
    }

    public string? NameOf(Guid personId) => _names.GetValueOrDefault(personId);

    /// <summary>
    /// The project with a name for everyone on its team and every update's author: someone whose account is gone, or
    /// who was recorded without one, is <paramref name="unnamed"/> rather than a blank.
    /// </summary>
    public static ProjectDetails Named(ProjectDetails project, string unnamed)
    {
        ArgumentNullException.ThrowIfNull(project);
        string Name(string name) => string.IsNullOrWhiteSpace(name) ? unnamed : name;
        return project with
        {
            Team = [.. project.Team.Select(member => member with { Name = Name(member.Name) })],
            Updates = [.. project.Updates.Select(update => update with { AuthorName = Name(update.AuthorName) })],
        };
    }
}
