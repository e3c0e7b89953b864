using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectsApiCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// A joint project through the API alone: a project manager invites another municipality, its admin accepts with a
/// team, the team posts updates, completes its milestone and records what it gives; leaving keeps what it wrote.
/// </summary>
public sealed class ProjectsApiJointTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Invite_accept_and_the_new_team_member_posts_an_update_and_completes_its_milestone()
    {
        using var manager = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var espooAdmin = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        using var espooMember = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var (id, _) = await manager.CreateProjectAsync(SampleProject(Audience.Network));
        await manager.PublishAsync(reviewer, id);

        var (before, _) = await espooMember.ReadAsync(id);
        Assert.False(before.GetProperty("permissions").GetProperty("canPostUpdates").GetBoolean());
        var invited = await manager.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = "049" });
        Assert.Equal("Invited", Participant(invited!.Value, "049").GetProperty("state").GetString());
        Assert.Equal(manager.PersonId, Participant(invited.Value, "049").GetProperty("invitedBy").GetGuid());

        var (asInvited, _) = await espooAdmin.ReadAsync(id);
        Assert.True(asInvited.GetProperty("permissions").GetProperty("canAnswerInvitation").GetBoolean());
        Assert.Equal(Url(id, "/participants/me/answer"), asInvited.GetProperty("links").GetProperty("answer").GetString());
        var accepted = await espooAdmin.WriteAsync(HttpMethod.Post, id, "/participants/me/answer", new { accept = true, teamMembers = new[] { espooMember.PersonId } });
        Assert.Equal("Accepted", Participant(accepted!.Value, "049").GetProperty("state").GetString());
        Assert.True(accepted.Value.GetProperty("isJoint").GetBoolean());
        var joined = accepted.Value.GetProperty("team").EnumerateArray().Single(member => member.GetProperty("personId").GetGuid() == espooMember.PersonId);
        Assert.Equal("049", joined.GetProperty("municipality").GetProperty("code").GetString());
        Assert.False(joined.GetProperty("isProjectManager").GetBoolean());

        var (_, etag) = await manager.ReadAsync(id);
        using var planned = await manager.Client.SendWithIfMatchAsync(HttpMethod.Post, Url(id, "/milestones"), etag,
            ApiCallers.Body(new { title = "Espoon pilotti", dueDate = "2020-05-31", responsibleMunicipality = "049" }));
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var milestone = await planned.JsonAsync();
        var milestoneId = milestone.GetProperty("id").GetGuid();
        Assert.Equal(Url(id, $"/milestones/{milestoneId}"), planned.Headers.Location!.OriginalString);
        Assert.Equal(planned.Headers.Location.OriginalString, milestone.GetProperty("url").GetString());
        Assert.NotEqual(etag, planned.Headers.ETag!.Tag);
        Assert.True(milestone.GetProperty("isOverdue").GetBoolean());
        Assert.False(milestone.GetProperty("isDone").GetBoolean());
        Assert.Equal("049", milestone.GetProperty("responsibleMunicipality").GetProperty("code").GetString());

        var (asTeam, _) = await espooMember.ReadAsync(id);
        Assert.True(asTeam.GetProperty("permissions").GetProperty("canPostUpdates").GetBoolean());
        Assert.True(asTeam.GetProperty("permissions").GetProperty("canCompleteMilestones").GetBoolean());
        Assert.False(asTeam.GetProperty("permissions").GetProperty("canManageMilestones").GetBoolean());
        using var posted = await espooMember.Client.PostAsync(Url(id, "/updates"), ApiCallers.Body(new { text = "Pilotti käynnistyi **Espoossa**." }));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var update = await posted.JsonAsync();
        Assert.Equal("049", update.GetProperty("municipality").GetProperty("code").GetString());
        Assert.Equal(espooMember.PersonId, update.GetProperty("personId").GetGuid());
        using var read = await factory.CreateClient().GetAsync(posted.Headers.Location);
        var again = await espooMember.Client.GetFromJsonAsync<JsonElement>(posted.Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("Pilotti käynnistyi **Espoossa**.", again.GetProperty("text").GetString());

        var completed = await espooMember.WriteAsync(HttpMethod.Post, id, $"/milestones/{milestoneId}/completion", new { done = true });
        var done = completed!.Value.GetProperty("milestones").EnumerateArray().Single(item => item.GetProperty("id").GetGuid() == milestoneId);
        Assert.True(done.GetProperty("isDone").GetBoolean());
        Assert.False(done.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(espooMember.PersonId, done.GetProperty("completedBy").GetGuid());

        var contributed = await espooMember.WriteAsync(HttpMethod.Put, id, "/participants/me/contribution",
            new { role = "Pilottikunta", resources = "Kaksi ohjaajaa, 20 % työajasta" });
        var contribution = Participant(contributed!.Value, "049").GetProperty("contribution");
        Assert.Equal("Pilottikunta", contribution.GetProperty("role").GetString());
        Assert.Equal(espooMember.PersonId, contribution.GetProperty("recordedBy").GetGuid());

        var planByTeam = await espooMember.WriteAsync(HttpMethod.Post, id, "/milestones",
            new { title = "Oma aikataulu", dueDate = "2026-01-31", responsibleMunicipality = "049" }, HttpStatusCode.Forbidden);
        Assert.Equal("Forbidden", planByTeam!.Value.GetProperty("title").GetString());
        var listed = await espooMember.Client.GetFromJsonAsync<JsonElement>($"{Root}?municipality=049&joint=true");
        Assert.Contains(id, Ids(listed));
    }

    [Fact]
    public async Task A_project_manager_appoints_a_manager_from_another_municipality_and_the_last_one_cannot_go()
    {
        using var manager = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var espooAdmin = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        using var espooMember = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var (id, _) = await manager.CreateProjectAsync(SampleProject(Audience.Network));
        await manager.PublishAsync(reviewer, id);
        await manager.JoinAsync(id, "049", espooAdmin, espooMember);

        var lastGoes = await manager.WriteAsync(HttpMethod.Delete, id, $"/team/{manager.PersonId}", null, HttpStatusCode.Conflict);
        var appointed = await manager.WriteAsync(HttpMethod.Put, id, $"/team/{espooMember.PersonId}/manager", new { isProjectManager = true });
        var (asManager, _) = await espooMember.ReadAsync(id);
        var invitedByEspoo = await espooMember.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = "092" });
        var left = await manager.WriteAsync(HttpMethod.Put, id, $"/team/{manager.PersonId}/manager", new { isProjectManager = false });

        Assert.False(string.IsNullOrEmpty(lastGoes!.Value.GetProperty("code").GetString()));
        Assert.True(appointed!.Value.GetProperty("team").EnumerateArray()
            .Single(member => member.GetProperty("personId").GetGuid() == espooMember.PersonId).GetProperty("isProjectManager").GetBoolean());
        Assert.True(asManager.GetProperty("permissions").GetProperty("canInvite").GetBoolean());
        Assert.True(asManager.GetProperty("permissions").GetProperty("canAppointManagers").GetBoolean());
        Assert.Equal("Invited", Participant(invitedByEspoo!.Value, "092").GetProperty("state").GetString());
        Assert.False(left!.Value.GetProperty("team").EnumerateArray()
            .Single(member => member.GetProperty("personId").GetGuid() == manager.PersonId).GetProperty("isProjectManager").GetBoolean());
        await espooMember.WriteAsync(HttpMethod.Put, id, $"/team/{espooMember.PersonId}/manager", new { isProjectManager = false }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_municipality_that_leaves_keeps_its_updates_but_no_longer_writes()
    {
        using var manager = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var espooAdmin = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        using var espooMember = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var (id, _) = await manager.CreateProjectAsync(SampleProject(Audience.Network));
        await manager.PublishAsync(reviewer, id);
        await manager.JoinAsync(id, "049", espooAdmin, espooMember);
        using var posted = await espooMember.Client.PostAsync(Url(id, "/updates"), ApiCallers.Body(new { text = "Espoon osuus valmis." }));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var left = await espooAdmin.WriteAsync(HttpMethod.Post, id, "/participants/me/leave", null);
        using var afterwards = await espooMember.Client.PostAsync(Url(id, "/updates"), ApiCallers.Body(new { text = "Vielä yksi." }));
        var (project, _) = await manager.ReadAsync(id);

        Assert.Equal("Left", Participant(left!.Value, "049").GetProperty("state").GetString());
        Assert.False(left.Value.GetProperty("permissions").GetProperty("canLeave").GetBoolean());
        Assert.True(afterwards.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)afterwards.StatusCode}");
        var update = Assert.Single(project.GetProperty("updates").EnumerateArray());
        Assert.Equal("049", update.GetProperty("municipality").GetProperty("code").GetString());
        Assert.Equal("Espoon osuus valmis.", update.GetProperty("text").GetString());
        Assert.False(project.GetProperty("isJoint").GetBoolean());
        Assert.DoesNotContain(project.GetProperty("team").EnumerateArray(), member => member.GetProperty("personId").GetGuid() == espooMember.PersonId);
    }

    [Fact]
    public async Task Declining_leaves_the_project_to_its_owner_and_the_answer_cannot_be_changed_without_a_new_invitation()
    {
        using var manager = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var espooAdmin = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        var (id, _) = await manager.CreateProjectAsync(SampleProject(Audience.Network));
        await manager.PublishAsync(reviewer, id);
        await manager.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = "049" });

        var declined = await espooAdmin.WriteAsync(HttpMethod.Post, id, "/participants/me/answer", new { accept = false });
        var again = await espooAdmin.WriteAsync(HttpMethod.Post, id, "/participants/me/answer", new { accept = true }, HttpStatusCode.Forbidden);

        Assert.Equal("Declined", Participant(declined!.Value, "049").GetProperty("state").GetString());
        Assert.False(declined.Value.GetProperty("isJoint").GetBoolean());
        Assert.False(declined.Value.GetProperty("permissions").GetProperty("canAnswerInvitation").GetBoolean());
        Assert.Equal("Forbidden", again!.Value.GetProperty("title").GetString());
    }
}
