using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Pages.Projects;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Pages.Municipality;

/// <summary>
/// The reader's own projects for the acting municipality (any publication status), their overdue milestones counted,
/// and for the municipality's admins the invitations waiting for an answer.
/// </summary>
[Authorize(Policy = Policies.MemberOfMunicipality)]
public sealed class ProjectsModel(ISender sender, CurrentMember member) : PageModel
{
    private const MunicipalityRoles Writers = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public IReadOnlyList<ProjectCard> Mine { get; private set; } = [];

    public IReadOnlyList<ProjectInvitation> Invitations { get; private set; } = [];

    public MunicipalityLookup Directory { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public bool CanWrite => member.HasAnyRole(Writers);

    public bool IsAdmin => member.HasAnyRole(MunicipalityRoles.MunicipalityAdmin);

    public int OverdueTotal => Mine.Sum(card => card.Project.OverdueMilestones);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var mine = await sender.Send(new ListMyProjects(), cancellationToken);
        Mine = [.. mine
            .OrderByDescending(project => project.OverdueMilestones > 0)
            .ThenByDescending(project => project.UpdatedAt)
            .Select(project => ProjectCard.Of(project, Directory, showPublication: true))];
        if (IsAdmin)
        {
            Invitations = await sender.Send(new ListProjectInvitations(), cancellationToken);
        }

        MunicipalityName = member.ActingMunicipalityId is { } acting ? Directory.NameOf(acting) : string.Empty;
        Message = TempData[DetailsModel.MessageKey] as string;
    }
}
