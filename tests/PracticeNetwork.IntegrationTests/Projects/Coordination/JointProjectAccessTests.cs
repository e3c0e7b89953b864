using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Who sees and works on a joint project whose audience is the owner's own municipality only: the participants that
/// accepted see it and their team works on it; an invited, declined or departed municipality and a foreign one do not.
/// </summary>
public sealed class JointProjectAccessTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_team_member_of_an_accepted_participant_opens_edits_and_posts_to_an_internal_project()
    {
        var project = await factory.JointProjectAsync();

        var details = await factory.OpenProjectAsync(project.ParticipantMember, project.Id);

        Assert.NotNull(details);
        Assert.True(details.Permissions.Content.CanEdit);
        Assert.True(details.Permissions.PostUpdates);
        Assert.False(details.Permissions.Invite);
        Assert.Empty(details.Permissions.Content.Steps);
        var version = await factory.SendAsync(project.ParticipantMember, new UpdateProject(project.Id,
            details.Content with { Results = "Loppi: yhteinen palvelukartta valmis." }, details.Version));
        var after = await factory.OpenProjectAsync(project.Manager, project.Id);
        Assert.Equal(("Loppi: yhteinen palvelukartta valmis.", version), (after!.Content.Results, after.Version));
        Assert.Equal(project.Manager.MunicipalityId, after.MunicipalityId);
    }

    [Fact]
    public async Task Any_member_of_an_accepted_participant_reads_it_but_only_the_team_works_on_it()
    {
        var project = await factory.JointProjectAsync();
        var viewer = await factory.ActorAsync("433", MunicipalityRoles.Viewer);

        var details = await factory.OpenProjectAsync(viewer, project.Id);

        Assert.NotNull(details);
        Assert.False(details.Permissions.Content.CanEdit);
        Assert.False(details.Permissions.PostUpdates);
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(viewer, new PostProjectUpdate(project.Id, "Kokeilu")));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(viewer, new UpdateProject(project.Id, details.Content with { Results = "x" }, details.Version)));
    }

    [Fact]
    public async Task An_invited_municipality_that_has_not_answered_sees_only_the_invitation()
    {
        var project = await factory.JointProjectAsync();
        var invitedAdmin = await factory.ActorAsync("086", MunicipalityRoles.MunicipalityAdmin);
        var invitedAuthor = await factory.ActorAsync("086", MunicipalityRoles.Author);
        await factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, invitedAdmin.MunicipalityId, project.Version));

        Assert.Null(await factory.OpenProjectAsync(invitedAuthor, project.Id));
        Assert.Null(await factory.OpenProjectAsync(invitedAdmin, project.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(invitedAuthor, new PostProjectUpdate(project.Id, "Ennen vastausta")));
        var invitation = Assert.Single(await factory.SendAsync(invitedAdmin, new ListProjectInvitations()), row => row.ProjectId == project.Id);
        Assert.Equal(Projects.SampleContent().Title, invitation.Title);
        Assert.DoesNotContain(await factory.SendAsync(invitedAuthor, new ListProjectInvitations()), row => row.ProjectId == project.Id);
    }

    [Fact]
    public async Task A_municipality_that_left_loses_access_and_what_it_wrote_stays_attributed_to_it()
    {
        var project = await factory.JointProjectAsync();
        var updateId = await factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "Lopen valmennuspäivä pidetty."));
        await factory.SendAsync(project.ParticipantMember, new RecordContribution(project.Id, "Osallistujakunta", "Kaksi henkilöä, 10 päivää"));
        var version = (await factory.OpenProjectAsync(project.Manager, project.Id))!.Version;

        await factory.SendAsync(project.ParticipantAdmin, new LeaveProject(project.Id, version));

        Assert.Null(await factory.OpenProjectAsync(project.ParticipantMember, project.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "Vielä yksi")));
        var seenByOwner = (await factory.OpenProjectAsync(project.Manager, project.Id))!;
        var update = Assert.Single(seenByOwner.Updates);
        Assert.Equal((updateId, project.ParticipantAdmin.MunicipalityId), (update.Id, update.MunicipalityId));
        var participant = Assert.Single(seenByOwner.Participants);
        Assert.Equal(ParticipantState.Left, participant.State);
        Assert.Equal("Osallistujakunta", participant.Contribution!.Role);
        Assert.DoesNotContain(seenByOwner.Team, member => member.MunicipalityId == project.ParticipantAdmin.MunicipalityId);
        Assert.False(seenByOwner.IsJoint);
    }

    [Fact]
    public async Task A_foreign_municipality_and_a_visitor_get_nothing_of_an_internal_joint_project()
    {
        var project = await factory.JointProjectAsync();
        var foreigner = await factory.ActorAsync("049", MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);

        Assert.Null(await factory.OpenProjectAsync(foreigner, project.Id));
        Assert.Null(await factory.OpenProjectAsync(null, project.Id));
        Assert.Null(await factory.SendAsync(foreigner, new GetProjectReference(project.Id)));
        Assert.Null(await factory.SendAsync(foreigner, new GetProjectHistory(project.Id)));
        Assert.DoesNotContain((await factory.SendAsync(foreigner, new ListProjects(new ProjectFilter()))).Items, item => item.Id == project.Id);
        Assert.DoesNotContain((await factory.SendAsync(null, new ListProjects(new ProjectFilter()))).Items, item => item.Id == project.Id);
        var version = project.Version;
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new UpdateProject(project.Id, Projects.SampleContent(), version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new PostProjectUpdate(project.Id, "Vieras")));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new InviteMunicipality(project.Id, foreigner.MunicipalityId, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new AnswerProjectInvitation(project.Id, true, [], version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new LeaveProject(project.Id, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new AddMilestone(project.Id, "Vieras", new DateOnly(2030, 1, 1), foreigner.MunicipalityId, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new AddTeamMember(project.Id, foreigner.PersonId, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new RecordContribution(project.Id, "Vieras", "")));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new TakeProjectStep(project.Id, WorkflowStep.Archive, version)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(foreigner, new DeleteProject(project.Id, version)));
        Assert.Equal(version, (await factory.OpenProjectAsync(project.Manager, project.Id))!.Version);
    }

    [Fact]
    public async Task Publication_steps_stay_with_the_owners_reviewers()
    {
        var project = await factory.JointProjectAsync();
        var participantReviewer = await factory.ActorAsync("433", MunicipalityRoles.Reviewer);
        await factory.SendAsync(project.ParticipantAdmin, new AddTeamMember(project.Id, participantReviewer.PersonId, project.Version));
        var version = (await factory.OpenProjectAsync(project.Manager, project.Id))!.Version;

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(participantReviewer, new TakeProjectStep(project.Id, WorkflowStep.Archive, version)));
        await factory.SendAsync(project.Reviewer, new TakeProjectStep(project.Id, WorkflowStep.Archive, version));
    }

    [Fact]
    public async Task A_draft_joint_project_is_open_to_the_team_of_a_participant_but_not_to_its_other_members()
    {
        var manager = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var admin = await factory.ActorAsync("694", MunicipalityRoles.MunicipalityAdmin);
        var member = await factory.ActorAsync("694", MunicipalityRoles.Author);
        var viewer = await factory.ActorAsync("694", MunicipalityRoles.Viewer);
        var id = await factory.SendAsync(manager, new CreateProject(Projects.SampleContent(Audience.Public, status: ProjectStatus.Planned)));
        var version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, 0));
        await factory.SendAsync(admin, new AnswerProjectInvitation(id, true, [member.PersonId], version));

        Assert.NotNull(await factory.OpenProjectAsync(member, id));
        Assert.Null(await factory.OpenProjectAsync(viewer, id));
        Assert.Null(await factory.OpenProjectAsync(null, id));
        Assert.Contains(await factory.SendAsync(member, new ListMyProjects()), row => row.Id == id);
    }
}
