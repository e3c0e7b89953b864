using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// Who takes part in a project and what each does: project managers invite municipalities and appoint managers;
/// the invited municipality's admin accepts (choosing the team among the municipality's members) or declines; a
/// participating municipality's team keeps its own members and records its contribution, and its admin or project
/// manager may leave after confirming. Each action is a form posting to its own handler; the permissions of
/// <see cref="ProjectDetails"/> decide which are shown, the module decides what is allowed. An invitation to a project
/// the admin may not open yet (a draft) is answered here too, from what the invitation itself says.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ParticipantsModel(ISender sender, CurrentMember member, IStringLocalizer<ProjectResource> texts)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    /// <summary>The query value that asks to confirm leaving the project.</summary>
    public const string ConfirmLeave = "vahvista";

    /// <summary>The module's field names, by handler, and the ids of the inputs they are about.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Inputs = new(StringComparer.Ordinal)
    {
        ["Invite"] = new(StringComparer.Ordinal) { ["municipality"] = "invite-municipality" },
        ["Accept"] = new(StringComparer.Ordinal) { ["teamMembers"] = "accept-members" },
        ["AddMember"] = new(StringComparer.Ordinal) { ["personId"] = "add-member" },
        ["Contribution"] = new(StringComparer.Ordinal) { ["role"] = "contribution-role", ["resources"] = "contribution-resources" },
    };

    [BindProperty(Name = "version")]
    public int? Version { get; set; }

    [BindProperty(Name = "municipality")]
    public string? InvitedCode { get; set; }

    [BindProperty(Name = "teamMembers")]
    public List<Guid> ChosenMembers { get; set; } = [];

    [BindProperty(Name = "role")]
    public string? Role { get; set; }

    [BindProperty(Name = "resources")]
    public string? Resources { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public MunicipalityLookup Directory { get; private set; } = null!;

    /// <summary>Members of the acting municipality (when the reader may answer or keep the team), with their names.</summary>
    public IReadOnlyList<(Guid PersonId, string Name)> OwnMembers { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Set when a form could not be used (the project changed, or the action is no longer possible).</summary>
    public string? Problem { get; private set; }

    public string? ProblemHandler { get; private set; }

    public bool ConfirmingLeave { get; private set; }

    /// <summary>The invitation being answered when the reader may not open the project itself; then nothing else is shown.</summary>
    public ProjectInvitation? Invitation { get; private set; }

    /// <summary>The version forms post over: the project's, or the invitation's when only that is shown.</summary>
    public int CurrentVersion => Invitation?.Version ?? Project.Version;

    public ProjectPermissions Permissions => Project.Permissions;

    public Guid? ActingMunicipalityId => member.ActingMunicipalityId;

    public bool IsProjectManager => Project.Team.Any(person => person.PersonId == member.PersonId && person.IsProjectManager);

    public string ActingMunicipalityName => member.ActingMunicipalityId is { } acting ? Directory.NameOf(acting) : string.Empty;

    public IEnumerable<ProjectTeamMember> OwnTeam => Project.Team.Where(person => person.MunicipalityId == member.ActingMunicipalityId);

    /// <summary>Own members not yet on the team, for adding.</summary>
    public IEnumerable<(Guid PersonId, string Name)> AddableMembers =>
        OwnMembers.Where(candidate => Project.Team.All(person => person.PersonId != candidate.PersonId));

    /// <summary>Municipalities that may still be invited: not the owner, not invited or taking part already.</summary>
    public bool MayInvite(MunicipalitySummary municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return municipality.Id != Project.MunicipalityId
            && Project.Participants.All(participant => participant.MunicipalityId != municipality.Id
                || participant.State is ParticipantState.Declined or ParticipantState.Left);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, string? poistu, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, answering: true) is { } missing)
        {
            return missing;
        }

        Message = TempData[DetailsModel.MessageKey] as string;
        if (Invitation is not null)
        {
            return Page();
        }

        ConfirmingLeave = poistu == ConfirmLeave && Permissions.Leave;
        var own = member.ActsFor(Project.MunicipalityId)
            ? Project.OwnerContribution
            : Project.Participants.FirstOrDefault(participant => participant.MunicipalityId == member.ActingMunicipalityId)?.Contribution;
        Role = own?.Role;
        Resources = own?.Resources;
        Version = Project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Directory.ByCode(InvitedCode) is not { } municipality)
        {
            throw Invalid("municipality", "Choose a municipality to invite.");
        }

        await sender.Send(new InviteMunicipality(id, municipality.Id, Version ?? -1), cancellationToken);
        return Done(id, texts["Participants.Invited", MunicipalityNames.Of(municipality)], "kutsu-kunta");
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, answering: true) is { } missing)
        {
            return missing;
        }

        await sender.Send(new AnswerProjectInvitation(id, Accept: true, [.. ChosenMembers.Distinct()], Version ?? -1), cancellationToken);
        if (await sender.Send(new GetProject(id), cancellationToken) is null)
        {
            // A draft opens to its team: an admin who is not on it sees the project once it is published.
            TempData[DetailsModel.MessageKey] = texts["Participants.AcceptedNotOnTeam", Title].Value;
            return Redirect("/kunta/hankkeet");
        }

        return Done(id, texts["Participants.Accepted"], "hankeryhma");
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, answering: true) is { } missing)
        {
            return missing;
        }

        await sender.Send(new AnswerProjectInvitation(id, Accept: false, [], Version ?? -1), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts["Participants.Declined", Title].Value;
        return Redirect("/kunta/hankkeet");
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, Guid? personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (personId is not { } person)
        {
            throw Invalid("personId", "Choose a person.");
        }

        await sender.Send(new AddTeamMember(id, person, Version ?? -1), cancellationToken);
        return Done(id, texts["Team.Added", NameOf(person)], "hankeryhma");
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new RemoveTeamMember(id, personId, Version ?? -1), cancellationToken);
        return Done(id, texts["Team.Removed", NameOf(personId)], "hankeryhma");
    }

    public async Task<IActionResult> OnPostManagerAsync(Guid id, Guid personId, bool isManager, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new SetProjectManager(id, personId, isManager, Version ?? -1), cancellationToken);
        return Done(id, texts[isManager ? "Team.Appointed" : "Team.Unappointed", NameOf(personId)], "hankeryhma");
    }

    public async Task<IActionResult> OnPostContributionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new RecordContribution(id, Role?.Trim() ?? string.Empty, Resources?.Trim() ?? string.Empty), cancellationToken);
        return Done(id, texts["Contribution.Saved"], "osuus");
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        await sender.Send(new LeaveProject(id, Version ?? -1), cancellationToken);
        TempData[DetailsModel.MessageKey] = texts["Participants.Left", Project.Content.Title].Value;
        return Redirect("/kunta/hankkeet");
    }

    /// <summary>Each form's errors by its own inputs; what a form has no input for says it was stale.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        var inputs = handler is not null && Inputs.TryGetValue(handler, out var known) ? known : new Dictionary<string, string>();
        foreach (var (field, messages) in invalid.Errors)
        {
            if (inputs.TryGetValue(field, out var input))
            {
                var text = texts[$"Error.{handler}.{field}"];
                ModelState.AddModelError(input, text.ResourceNotFound ? messages.FirstOrDefault() ?? string.Empty : text.Value);
            }
            else
            {
                ModelState.AddModelError(string.Empty, texts["Error.staleForm"]);
            }
        }

        ProblemHandler = handler;
        Version = CurrentVersion;
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>The project changed, or the action clashes with how it stands now (the last project manager): said by the form.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var id = Invitation?.ProjectId ?? Project.Id;
        if (await LoadAsync(id, HttpContext.RequestAborted, answering: handler is "Accept" or "Decline") is { } missing)
        {
            return missing;
        }

        var specific = conflict.Code is { Length: > 0 } code ? texts[$"Conflict.{code}"] : null;
        Problem = specific is { ResourceNotFound: false } ? specific.Value : texts["Error.changedMeanwhile"];
        ProblemHandler = handler;
        ConfirmingLeave = Invitation is null && handler == "Leave" && Permissions.Leave;
        Version = CurrentVersion;
        return Page();
    }

    public string? ProblemFor(params string[] handlers) => handlers.Contains(ProblemHandler) ? Problem : null;

    private string NameOf(Guid personId) =>
        Project.Team.FirstOrDefault(person => person.PersonId == personId)?.Name
        ?? OwnMembers.FirstOrDefault(candidate => candidate.PersonId == personId).Name
        ?? string.Empty;

    /// <summary>The project's title, from the project or from the invitation.</summary>
    public string Title => Invitation?.Title ?? Project.Content.Title;

    private RedirectResult Done(Guid id, string message, string anchor)
    {
        TempData[DetailsModel.MessageKey] = message;
        return Redirect($"/hankkeet/{id}/osallistujat#{anchor}");
    }

    private static RequestValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <param name="answering">An invitation the reader may answer without opening the project will do.</param>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, bool answering = false)
    {
        var project = await sender.Send(new GetProject(id), cancellationToken) is { } found ? ProjectPeople.Named(found, texts["Team.Unnamed"]) : null;
        Invitation = null;
        if (project is null && answering && member.HasAnyRole(MunicipalityRoles.MunicipalityAdmin))
        {
            Invitation = (await sender.Send(new ListProjectInvitations(), cancellationToken)).FirstOrDefault(invitation => invitation.ProjectId == id);
        }

        if (project is not { IsDeleted: false } && Invitation is null)
        {
            return NotFound();
        }

        Project = project!;
        Directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        if (Invitation is not null || project!.Permissions.AnswerInvitation || project.Permissions.ManageOwnTeam)
        {
            var members = await sender.Send(new ListMembers(), cancellationToken);
            var accounts = members.Count == 0
                ? []
                : await sender.Send(new GetAccounts([.. members.Select(candidate => candidate.PersonId)]), cancellationToken);
            OwnMembers = [.. accounts
                .Select(account => (account.PersonId, account.DisplayName))
                .OrderBy(candidate => candidate.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
        }

        return null;
    }
}
