using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Inviting, answering, leaving, the team and project managers: who may, and the rules that keep a project coordinated.</summary>
public sealed class InvitationAndTeamTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private async Task<(Guid Id, int Version, Actor Manager)> DraftAsync(string code = "316")
    {
        var manager = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var id = await factory.SendAsync(manager, new CreateProject(Projects.SampleContent()));
        return (id, 0, manager);
    }

    [Fact]
    public async Task The_creator_is_the_first_project_manager_and_on_the_team()
    {
        var (id, _, manager) = await DraftAsync();

        var project = (await factory.OpenProjectAsync(manager, id))!;

        var member = Assert.Single(project.Team);
        Assert.Equal((manager.PersonId, manager.MunicipalityId, true), (member.PersonId, member.MunicipalityId, member.IsProjectManager));
        Assert.True(project.Permissions.Invite);
        Assert.True(project.Permissions.ManageMilestones);
    }

    [Fact]
    public async Task Declining_leaves_the_municipality_out_and_it_can_be_invited_again()
    {
        var (id, version, manager) = await DraftAsync();
        var admin = await factory.ActorAsync("086", MunicipalityRoles.MunicipalityAdmin);
        version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, version));

        version = await factory.SendAsync(admin, new AnswerProjectInvitation(id, false, [], version));

        var project = (await factory.OpenProjectAsync(manager, id))!;
        Assert.Equal(ParticipantState.Declined, Assert.Single(project.Participants).State);
        Assert.Null(await factory.OpenProjectAsync(admin, id));
        Assert.DoesNotContain(await factory.SendAsync(admin, new ListProjectInvitations()), row => row.ProjectId == id);
        version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, version));
        Assert.Equal(ParticipantState.Invited, Assert.Single((await factory.OpenProjectAsync(manager, id))!.Participants).State);
    }

    [Fact]
    public async Task Only_the_invited_municipalitys_admin_answers_and_only_once()
    {
        var (id, version, manager) = await DraftAsync();
        var admin = await factory.ActorAsync("086", MunicipalityRoles.MunicipalityAdmin);
        var author = await factory.ActorAsync("086", MunicipalityRoles.Author | MunicipalityRoles.Reviewer);
        version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, version));

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(author, new AnswerProjectInvitation(id, true, [], version)));
        version = await factory.SendAsync(admin, new AnswerProjectInvitation(id, true, [author.PersonId], version));
        // The draft is open to the team only, and the admin is not on it: the answer already given is the last.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(admin, new AnswerProjectInvitation(id, false, [], version)));

        var project = (await factory.OpenProjectAsync(author, id))!;
        Assert.Contains(project.Team, member => member.PersonId == author.PersonId && member.MunicipalityId == admin.MunicipalityId && !member.IsProjectManager);
    }

    [Fact]
    public async Task An_admin_cannot_put_people_of_another_municipality_on_the_team()
    {
        var (id, version, manager) = await DraftAsync();
        var admin = await factory.ActorAsync("086", MunicipalityRoles.MunicipalityAdmin);
        var stranger = await factory.ActorAsync("049", MunicipalityRoles.Author);
        version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, version));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(admin, new AnswerProjectInvitation(id, true, [stranger.PersonId], version)));

        Assert.Contains("teamMembers", refused.Errors.Keys);
        Assert.Equal(ParticipantState.Invited, Assert.Single((await factory.OpenProjectAsync(manager, id))!.Participants).State);
    }

    [Fact]
    public async Task Inviting_the_owner_or_a_municipality_already_taking_part_is_a_conflict_and_an_unknown_one_a_field_error()
    {
        var project = await factory.JointProjectAsync();

        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, project.Manager.MunicipalityId, project.Version)));
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, project.ParticipantAdmin.MunicipalityId, project.Version)));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, Guid.NewGuid(), project.Version)));
        Assert.Contains("municipality", unknown.Errors.Keys);
    }

    [Fact]
    public async Task A_team_member_who_is_not_a_manager_cannot_invite_and_a_stale_version_is_a_conflict()
    {
        var project = await factory.JointProjectAsync();
        var other = await factory.ActorAsync("694", MunicipalityRoles.MunicipalityAdmin);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(project.ParticipantMember, new InviteMunicipality(project.Id, other.MunicipalityId, project.Version)));
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, other.MunicipalityId, project.Version - 1)));
    }

    [Fact]
    public async Task A_manager_appoints_a_participants_team_member_and_the_last_manager_always_stays()
    {
        var project = await factory.JointProjectAsync();
        var version = project.Version;

        var last = await Assert.ThrowsAsync<ConflictException>(() =>
            factory.SendAsync(project.Manager, new SetProjectManager(project.Id, project.Manager.PersonId, false, version)));
        Assert.Equal("LastProjectManager", last.Code);
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.Manager, new RemoveTeamMember(project.Id, project.Manager.PersonId, version)));

        version = await factory.SendAsync(project.Manager, new SetProjectManager(project.Id, project.ParticipantMember.PersonId, true, version));
        version = await factory.SendAsync(project.ParticipantMember, new SetProjectManager(project.Id, project.Manager.PersonId, false, version));

        var details = (await factory.OpenProjectAsync(project.ParticipantMember, project.Id))!;
        Assert.Equal([project.ParticipantMember.PersonId], details.Team.Where(member => member.IsProjectManager).Select(member => member.PersonId));
        Assert.True(details.Permissions.Invite);
        var leaving = await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.ParticipantAdmin, new LeaveProject(project.Id, version)));
        Assert.Equal("LastProjectManager", leaving.Code);
    }

    [Fact]
    public async Task The_owner_cannot_leave_its_own_project()
    {
        var project = await factory.JointProjectAsync();
        var ownerAdmin = await factory.ActorAsync("316", MunicipalityRoles.MunicipalityAdmin);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(ownerAdmin, new LeaveProject(project.Id, project.Version)));
    }

    [Fact]
    public async Task A_participants_admin_adds_its_own_people_and_a_manager_removes_anyone_but_the_last_manager()
    {
        var project = await factory.JointProjectAsync();
        var colleague = await factory.ActorAsync("433", MunicipalityRoles.Viewer);

        var version = await factory.SendAsync(project.ParticipantAdmin, new AddTeamMember(project.Id, colleague.PersonId, project.Version));
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.ParticipantAdmin, new AddTeamMember(project.Id, colleague.PersonId, version)));
        Assert.True((await factory.OpenProjectAsync(colleague, project.Id))!.Permissions.PostUpdates);

        version = await factory.SendAsync(project.Manager, new RemoveTeamMember(project.Id, colleague.PersonId, version));

        Assert.False((await factory.OpenProjectAsync(colleague, project.Id))!.Permissions.PostUpdates);
    }
}
