using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Milestones (planned by managers, completed by the responsible team, overdue by the Helsinki calendar) and the update log.</summary>
public sealed class MilestonesAndUpdatesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_responsible_participants_team_completes_its_milestone_and_not_another_ones()
    {
        var project = await factory.JointProjectAsync();
        var ownMilestone = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Lopen valmennuspäivä",
            new DateOnly(2031, 3, 1), project.ParticipantAdmin.MunicipalityId, project.Version));
        var ownersMilestone = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Loppuraportti",
            new DateOnly(2031, 6, 1), project.Manager.MunicipalityId, ownMilestone.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(project.ParticipantMember,
            new CompleteMilestone(project.Id, ownersMilestone.MilestoneId, true, ownersMilestone.Version)));
        var version = await factory.SendAsync(project.ParticipantMember, new CompleteMilestone(project.Id, ownMilestone.MilestoneId, true, ownersMilestone.Version));

        var details = (await factory.OpenProjectAsync(project.Manager, project.Id))!;
        var done = details.Milestones.Single(milestone => milestone.Id == ownMilestone.MilestoneId);
        Assert.True(done.IsDone);
        Assert.Equal(project.ParticipantMember.PersonId, done.CompletedBy);
        Assert.False(details.Milestones.Single(milestone => milestone.Id == ownersMilestone.MilestoneId).IsDone);
        Assert.Equal(version, details.Version);
    }

    [Fact]
    public async Task Marking_a_done_milestone_done_again_changes_nothing_no_version_no_log_no_event()
    {
        var project = await factory.JointProjectAsync();
        var milestone = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Valmennuspäivä",
            new DateOnly(2031, 3, 1), project.Manager.MunicipalityId, project.Version));
        var done = await factory.SendAsync(project.Manager, new CompleteMilestone(project.Id, milestone.MilestoneId, true, milestone.Version));
        var changesBefore = await factory.ProjectTablesAsync(db => Task.FromResult(db.Changes.Count(change => change.ItemId == project.Id)));

        var again = await factory.SendAsync(project.Manager, new CompleteMilestone(project.Id, milestone.MilestoneId, true, done));

        Assert.Equal(done, again);
        Assert.Equal(done, (await factory.OpenProjectAsync(project.Manager, project.Id))!.Version);
        Assert.Equal(changesBefore, await factory.ProjectTablesAsync(db => Task.FromResult(db.Changes.Count(change => change.ItemId == project.Id))));
        Assert.Single(await factory.ProjectEventsAsync(project.Id), type => type == "project.milestone-reached");
    }

    [Fact]
    public async Task Only_managers_plan_milestones_and_the_responsible_municipality_must_take_part()
    {
        var project = await factory.JointProjectAsync();
        var outsider = await factory.ActorAsync("049", MunicipalityRoles.Viewer);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(project.ParticipantMember,
            new AddMilestone(project.Id, "Oma suunnitelma", new DateOnly(2031, 1, 1), project.ParticipantAdmin.MunicipalityId, project.Version)));
        var notTakingPart = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(project.Manager,
            new AddMilestone(project.Id, "Espoon osuus", new DateOnly(2031, 1, 1), outsider.MunicipalityId, project.Version)));
        Assert.Contains("responsibleMunicipality", notTakingPart.Errors.Keys);
        var blank = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(project.Manager,
            new AddMilestone(project.Id, " ", new DateOnly(2031, 1, 1), project.Manager.MunicipalityId, project.Version)));
        Assert.Contains("title", blank.Errors.Keys);
        Assert.Empty((await factory.OpenProjectAsync(project.Manager, project.Id))!.Milestones);
    }

    [Fact]
    public async Task A_milestone_past_its_due_day_in_Helsinki_and_not_done_is_overdue_in_the_project_and_the_managers_list()
    {
        var project = await factory.JointProjectAsync();
        var clock = factory.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        var late = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Myöhässä", today.AddDays(-1), project.Manager.MunicipalityId, project.Version));
        var dueToday = await factory.SendAsync(project.Manager, new AddMilestone(project.Id, "Tänään", today, project.Manager.MunicipalityId, late.Version));

        var details = (await factory.OpenProjectAsync(project.Manager, project.Id))!;

        Assert.True(details.Milestones.Single(milestone => milestone.Id == late.MilestoneId).IsOverdue);
        Assert.False(details.Milestones.Single(milestone => milestone.Id == dueToday.MilestoneId).IsOverdue);
        Assert.Equal(1, Assert.Single(await factory.SendAsync(project.Manager, new ListMyProjects()), row => row.Id == project.Id).OverdueMilestones);
        await factory.SendAsync(project.Manager, new CompleteMilestone(project.Id, late.MilestoneId, true, dueToday.Version));
        Assert.Equal(0, Assert.Single(await factory.SendAsync(project.Manager, new ListMyProjects()), row => row.Id == project.Id).OverdueMilestones);
    }

    [Fact]
    public async Task Updates_are_newest_first_attributed_to_the_municipality_and_an_empty_one_is_a_field_error()
    {
        var project = await factory.JointProjectAsync();

        await factory.SendAsync(project.Manager, new PostProjectUpdate(project.Id, "Kärkölä: **aloitus** pidetty."));
        await factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "Loppi: kehittämistehtävät valittu."));
        var empty = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "  ")));

        Assert.Contains("text", empty.Errors.Keys);
        var updates = (await factory.OpenProjectAsync(project.ParticipantMember, project.Id))!.Updates;
        Assert.Equal([project.ParticipantAdmin.MunicipalityId, project.Manager.MunicipalityId], updates.Select(update => update.MunicipalityId));
        Assert.Equal("Loppi: kehittämistehtävät valittu.", updates[0].Text);
    }

    [Fact]
    public async Task An_archived_project_takes_no_more_updates_or_milestones()
    {
        var project = await factory.JointProjectAsync();
        var version = await factory.SendAsync(project.Reviewer, new TakeProjectStep(project.Id, WorkflowStep.Archive, project.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(project.ParticipantMember, new PostProjectUpdate(project.Id, "Jälkikäteen")));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(project.Manager,
            new AddMilestone(project.Id, "Jälkikäteen", new DateOnly(2031, 1, 1), project.Manager.MunicipalityId, version)));
    }
}
