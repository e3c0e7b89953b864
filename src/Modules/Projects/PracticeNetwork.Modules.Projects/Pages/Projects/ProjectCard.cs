using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// One project in a list, with its owner and the municipalities taking part; <see cref="ShowPublication"/> adds the
/// publication status (lists of one's own projects, where drafts appear).
/// </summary>
public sealed record ProjectCard(ProjectSummary Project, MunicipalitySummary? Owner, IReadOnlyList<MunicipalitySummary> Participants, bool ShowPublication = false)
{
    public static ProjectCard Of(ProjectSummary project, MunicipalityLookup municipalities, bool showPublication = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(municipalities);
        return new ProjectCard(
            project,
            municipalities.ById(project.MunicipalityId),
            [.. MunicipalityNames.Sorted(project.Participants.Select(municipalities.ById).OfType<MunicipalitySummary>())],
            showPublication);
    }
}
