using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Demo;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The demo network's development projects on a fresh database: the Kärkölä project as its story tells it, the same on every start.</summary>
public sealed class DemoProjectsTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Kaisa = "kaisa.kirjoittaja@karkola.example";
    private const string Matti = "matti.paakayttaja@karkola.example";
    private const string Lauri = "lauri.projektipaallikko@loppi.example";
    private const string Paivi = "paivi.paakayttaja@loppi.example";

    private static readonly Guid OfficeServices = DemoItem.StableId("project", "karkola-office-services");

    [Fact]
    public async Task The_Karkola_office_services_project_comes_with_its_participants_team_milestones_updates_and_document()
    {
        await SeedAsync();
        var karkola = await factory.MunicipalityIdAsync("316");
        var loppi = await factory.MunicipalityIdAsync("433");
        var hausjarvi = await factory.MunicipalityIdAsync("086");
        var riihimaki = await factory.MunicipalityIdAsync("694");
        var kaisa = await AccountIdAsync(Kaisa);
        var lauri = await AccountIdAsync(Lauri);

        // Public and published: anyone opens it.
        var project = await factory.AnonymouslyAsync(sender => sender.Send(new GetProject(OfficeServices)).AsTask());

        Assert.NotNull(project);
        Assert.Equal(("Toimistopalveluiden kehittäminen", karkola, PublicationStatus.Published, ProjectStatus.Completed),
            (project.Content.Title, project.MunicipalityId, project.PublicationStatus, project.Content.Status));
        Assert.Equal(new DateTimeOffset(2021, 4, 29, 9, 0, 0, TimeSpan.Zero), project.PublishedAt);
        Assert.Equal(kaisa, project.CreatedBy);
        Assert.Equal("Hyria Koulutus", Assert.Single(project.Content.Partners).Name);
        Assert.True(project.IsJoint);
        Guid[] all = [karkola, loppi, hausjarvi, riihimaki];
        Assert.Equal(all.Order(), project.TakingPart.Order());
        Assert.All(project.Participants, participant =>
        {
            Assert.Equal(ParticipantState.Accepted, participant.State);
            Assert.NotNull(participant.Contribution);
            Assert.Equal(lauri, participant.Contribution.RecordedBy);
        });

        var manager = Assert.Single(project.Team, member => member.IsProjectManager);
        Assert.Equal((kaisa, "Kaisa Kirjoittaja", karkola), (manager.PersonId, manager.Name, manager.MunicipalityId));
        Assert.Equal(new[] { loppi, hausjarvi, riihimaki }.Order(), project.Team.Where(member => member.PersonId == lauri).Select(member => member.MunicipalityId).Order());

        Assert.Equal(8, project.Milestones.Count);
        Assert.All(project.Milestones, milestone => Assert.True(milestone.IsDone && !milestone.IsOverdue, milestone.Title));
        Assert.Contains(project.Milestones, milestone => milestone.Title.StartsWith("Etävierailu Jämsän", StringComparison.Ordinal)
            && milestone.DueDate == new DateOnly(2020, 10, 22) && milestone.ResponsibleMunicipalityId == karkola);

        Assert.Equal(5, project.Updates.Count);
        Assert.Equal(all.Order(), project.Updates.Select(update => update.MunicipalityId).Distinct().Order());
        Assert.Equal(new DateTimeOffset(2021, 3, 31, 12, 0, 0, TimeSpan.Zero), project.Updates[0].PostedAt);
        Assert.Equal("Kaisa Kirjoittaja", project.Updates[0].AuthorName);

        var document = Assert.Single(project.Documents);
        Assert.Equal(("hankkeen-kulku-yhdella-sivulla.pdf", "application/pdf"), (document.FileName, document.ContentType));
    }

    [Fact]
    public async Task The_project_and_the_three_practices_it_produced_point_at_each_other()
    {
        await SeedAsync();
        string[] keys = ["karkola-process-streamlining", "karkola-team-working", "karkola-work-life-balance"];

        var produced = await factory.AnonymouslyAsync(sender => sender.Send(new ListPracticesFromProject(OfficeServices)).AsTask());

        Assert.Equal(keys.Select(key => DemoItem.StableId("practice", key)).Order(), produced.Select(practice => practice.Id).Order());
        foreach (var key in keys)
        {
            var practice = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(DemoItem.StableId("practice", key))).AsTask());
            Assert.Equal(OfficeServices, practice!.Content.OriginProjectId);
        }

        var reference = await factory.AnonymouslyAsync(sender => sender.Send(new GetProjectReference(OfficeServices)).AsTask());
        Assert.Equal("Toimistopalveluiden kehittäminen", reference!.Title);
    }

    [Fact]
    public async Task A_second_start_changes_nothing_and_the_import_writes_no_events()
    {
        await SeedAsync();
        var afterFirstStart = await StoredAsync();

        Assert.Equal(0, await SeedAsync());

        Assert.Equal(afterFirstStart, await StoredAsync());
        Assert.Equal(DemoCatalog.Projects.Count, afterFirstStart.Projects.Count);
        Assert.Equal(0, afterFirstStart.Events);
        Assert.Equal(DemoCatalog.Projects.Sum(project => project.Updates.Count), afterFirstStart.Updates);
        Assert.Equal(DemoCatalog.Projects.Sum(project => project.Contributions.Count), afterFirstStart.Contributions);
        Assert.Equal(DemoCatalog.Projects.Sum(project => project.Files.Count), afterFirstStart.Documents);
    }

    [Fact]
    public async Task The_demo_people_find_the_invitations_waiting_for_them_and_their_own_projects_with_the_overdue_ones()
    {
        await SeedAsync();
        var loppi = await factory.MunicipalityIdAsync("433");
        var karkola = await factory.MunicipalityIdAsync("316");
        var admin = MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer;

        var forPaivi = await factory.AsMemberAsync((await AccountIdAsync(Paivi), loppi), admin, sender => sender.Send(new ListProjectInvitations()).AsTask());
        var forMatti = await factory.AsMemberAsync((await AccountIdAsync(Matti), karkola), admin, sender => sender.Send(new ListProjectInvitations()).AsTask());

        Assert.Equal(DemoItem.StableId("project", "karkola-substitute-pool"), Assert.Single(forPaivi).ProjectId);
        Assert.Equal(DemoItem.StableId("project", "hausjarvi-onboarding-path"), Assert.Single(forMatti).ProjectId);

        // Päivi may open what she is asked to join before she answers (it is published to the network).
        var invitedTo = await factory.AsMemberAsync((await AccountIdAsync(Paivi), loppi), admin,
            sender => sender.Send(new GetProject(forPaivi[0].ProjectId)).AsTask());
        Assert.True(invitedTo!.Permissions.AnswerInvitation);

        var laurisOwn = await factory.AsMemberAsync((await AccountIdAsync(Lauri), loppi), MunicipalityRoles.Author, sender => sender.Send(new ListMyProjects()).AsTask());
        var informationManagement = Assert.Single(laurisOwn, project => project.Id == DemoItem.StableId("project", "loppi-information-management"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        var due = DemoCatalog.Projects.Single(project => project.Key == "loppi-information-management").Milestones
            .Count(milestone => milestone.Completed is null && milestone.Due < today);
        Assert.True(due >= 1, "the shared information plan was due in September 2026 and is not done");
        Assert.Equal(due, informationManagement.OverdueMilestones);
        Assert.Contains(laurisOwn, project => project.Id == OfficeServices);
    }

    [Fact]
    public async Task The_network_lists_show_projects_in_every_status_and_hide_the_draft_in_review_and_internal_ones()
    {
        await SeedAsync();

        var visible = await AllVisibleAnonymouslyAsync();

        Assert.Equal(Enum.GetValues<ProjectStatus>(), visible.Select(project => project.Status).Distinct().Order());
        Assert.All(visible, project => Assert.Equal(Audience.Public, project.Audience));
        Assert.All(visible, project => Assert.Contains(project.PublicationStatus, new[] { PublicationStatus.Published, PublicationStatus.Archived }));
        var publicOnes = DemoCatalog.Projects.Where(project => project.Audience == Audience.Public && project.Status == PublicationStatus.Published);
        Assert.Equal(publicOnes.Select(project => project.Id).Order(), visible.Where(project => project.PublicationStatus == PublicationStatus.Published).Select(project => project.Id).Order());
        Assert.Contains(visible, project => project.Id == DemoItem.StableId("project", "espoo-finance-service-design") && project.Partners.Contains("Laurea-ammattikorkeakoulu"));
        Assert.True(visible.Count(project => project.IsJoint) >= 5, "joint projects across the network");
    }

    [Fact]
    public async Task An_import_the_module_refuses_names_the_demo_file_and_the_field()
    {
        await SeedAsync();
        var project = DemoCatalog.Projects.Single(item => item.Key == "karkola-office-services");
        var karkola = await factory.MunicipalityIdAsync("316");
        var broken = project.Content with { Title = string.Empty };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.InScopeAsync(null, async services =>
        {
            var imports = services.GetRequiredService<DemoImports>();
            using var acting = imports.ActFor(karkola);
            return await imports.SendAsync(project, new ImportProject(Guid.NewGuid(), broken, PublicationStatus.Draft, Guid.NewGuid(),
                project.Created, null, null, null, [], [new ImportedTeamMember(Guid.NewGuid(), karkola, true, project.Created)], []), CancellationToken.None);
        }));

        Assert.Contains("projects/karkola-office-services.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    private Task<int> SeedAsync() => factory.InScopeAsync(null, async services =>
    {
        await services.GetRequiredService<DemoNetwork>().SeedAsync(CancellationToken.None);
        await services.GetRequiredService<DemoPractices>().SeedAsync(CancellationToken.None);
        return await services.GetRequiredService<DemoProjects>().SeedAsync(CancellationToken.None);
    });

    private Task<Guid> AccountIdAsync(string email) => factory.InScopeAsync(null, async services =>
        (await services.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email))!.Id);

    private async Task<List<ProjectSummary>> AllVisibleAnonymouslyAsync()
    {
        var all = new List<ProjectSummary>();
        for (var page = 1; ; page++)
        {
            var result = await factory.AnonymouslyAsync(sender => sender.Send(new ListProjects(new ProjectFilter(IncludeArchived: true), page, 100)).AsTask());
            all.AddRange(result.Items);
            if (page >= result.PageCount)
            {
                return all;
            }
        }
    }

    /// <summary>Everything the seeding writes, in a comparable form.</summary>
    private Task<Stored> StoredAsync() => factory.InScopeAsync(null, async services =>
    {
        var db = services.GetRequiredService<ProjectsDbContext>();
        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        return new Stored(
            [.. projects.OrderBy(project => project.Id).Select(project => new StoredProject(project.Id, project.MunicipalityId, project.Status,
                project.Version, project.UpdatedAt, project.Participants.Count, project.Team.Count, project.Milestones.Count))],
            await db.Updates.IgnoreQueryFilters().CountAsync(),
            await db.Contributions.IgnoreQueryFilters().CountAsync(),
            await db.Revisions.IgnoreQueryFilters().CountAsync(),
            await db.Changes.IgnoreQueryFilters().CountAsync(),
            await db.Outbox.IgnoreQueryFilters().CountAsync(message => message.ProcessedAt == null),
            await db.Attachments.IgnoreQueryFilters().CountAsync());
    });

    private sealed record StoredProject(Guid Id, Guid MunicipalityId, PublicationStatus Status, int Version, DateTimeOffset UpdatedAt, int Participants, int Team, int Milestones);

    private sealed record Stored(IReadOnlyList<StoredProject> Projects, int Updates, int Contributions, int Revisions, int Changes, int Events, int Documents)
    {
        public bool Equals(Stored? other) =>
            other is not null && Projects.SequenceEqual(other.Projects)
            && (Updates, Contributions, Revisions, Changes, Events, Documents) == (other.Updates, other.Contributions, other.Revisions, other.Changes, other.Events, other.Documents);

        public override int GetHashCode() => HashCode.Combine(Projects.Count, Updates, Contributions, Revisions, Changes, Events, Documents);
    }
}
