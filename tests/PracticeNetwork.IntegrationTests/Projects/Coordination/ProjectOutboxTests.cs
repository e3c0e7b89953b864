using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A project's events are written exactly when the change commits: none for a refused or stale change.</summary>
public sealed class ProjectOutboxTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Publishing_and_joining_write_their_events_with_the_joining_municipality()
    {
        var project = await factory.JointProjectAsync();

        var messages = await factory.ProjectOutboxAsync(project.Id);

        Assert.Equal([IntegrationEvents.NameOf<ProjectPublished>(), IntegrationEvents.NameOf<ProjectMunicipalityJoined>()], messages.Select(message => message.Type));
        var joined = IntegrationEvents.Read<ProjectMunicipalityJoined>(messages[1])!;
        Assert.Equal((project.Id, project.Manager.MunicipalityId, project.ParticipantAdmin.MunicipalityId, project.ParticipantAdmin.PersonId),
            (joined.ItemId, joined.MunicipalityId, joined.ParticipantMunicipalityId, joined.PersonId));
        Assert.Equal("project.municipality-joined", messages[1].Type);
    }

    [Fact]
    public async Task An_update_a_reached_milestone_a_status_change_and_leaving_each_write_one_event()
    {
        var project = await factory.JointProjectAsync();
        var updateId = await factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "Etävierailu Jämsään tehty."));
        var milestone = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Etävierailu", new DateOnly(2020, 11, 1), project.ParticipantAdmin.MunicipalityId, project.Version));
        var version = await factory.SendAsync(project.ParticipantMember, new CompleteMilestone(project.Id, milestone.MilestoneId, true, milestone.Version));
        version = await factory.SendAsync(project.ParticipantMember, new CompleteMilestone(project.Id, milestone.MilestoneId, true, version));
        var details = (await factory.OpenProjectAsync(project.Manager, project.Id))!;
        version = await factory.SendAsync(project.Manager, new UpdateProject(project.Id, details.Content with { Status = ProjectStatus.Completed, EndDate = new DateOnly(2021, 4, 29) }, version, MinorChange: true));
        await factory.SendAsync(project.ParticipantAdmin, new LeaveProject(project.Id, version));

        var messages = (await factory.ProjectOutboxAsync(project.Id)).Skip(2).ToList();

        Assert.Equal([IntegrationEvents.NameOf<ProjectUpdatePosted>(), IntegrationEvents.NameOf<ProjectMilestoneReached>(),
            IntegrationEvents.NameOf<ProjectStatusChanged>(), IntegrationEvents.NameOf<ProjectMunicipalityLeft>()], messages.Select(message => message.Type));
        var posted = IntegrationEvents.Read<ProjectUpdatePosted>(messages[0])!;
        Assert.Equal((updateId, project.ParticipantAdmin.MunicipalityId), (posted.UpdateId, posted.ByMunicipalityId));
        Assert.Equal("Etävierailu", IntegrationEvents.Read<ProjectMilestoneReached>(messages[1])!.MilestoneTitle);
        var status = IntegrationEvents.Read<ProjectStatusChanged>(messages[2])!;
        Assert.Equal((ProjectStatus.Ongoing, ProjectStatus.Completed), (status.From, status.To));
    }

    [Fact]
    public async Task A_refused_or_stale_change_writes_nothing()
    {
        var project = await factory.JointProjectAsync();
        var viewer = await factory.ActorAsync("433", MunicipalityRoles.Viewer);
        var before = await factory.ProjectEventsAsync(project.Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(viewer, new PostProjectUpdate(project.Id, "Ei tiimissä")));
        var other = await factory.ActorAsync("694", MunicipalityRoles.MunicipalityAdmin);
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, other.MunicipalityId, project.Version - 1)));
        await factory.SendAsync(project.Manager, new InviteMunicipality(project.Id, other.MunicipalityId, project.Version));

        Assert.Equal(before, await factory.ProjectEventsAsync(project.Id));
    }

    [Fact]
    public async Task A_draft_projects_edits_write_no_update_event()
    {
        var manager = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var id = await factory.SendAsync(manager, new CreateProject(Projects.SampleContent()));

        await factory.SendAsync(manager, new UpdateProject(id, Projects.SampleContent() with { Status = ProjectStatus.Completed, EndDate = new DateOnly(2021, 1, 1) }, 0));

        Assert.Empty(await factory.ProjectEventsAsync(id));
    }
}
