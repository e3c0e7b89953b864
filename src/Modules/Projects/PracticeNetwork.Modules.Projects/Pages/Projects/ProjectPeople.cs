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
}
