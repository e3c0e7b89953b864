using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The project list's filters and counts, the municipality's projects, and the practices a project produced, both ways.</summary>
public sealed class ProjectBrowsingTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private async Task<Guid> PublishedAsync(string code, ProjectContent content)
    {
        var manager = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(code, MunicipalityRoles.Reviewer);
        var id = await factory.SendAsync(manager, new CreateProject(content));
        var version = await factory.SendAsync(manager, new TakeProjectStep(id, WorkflowStep.SubmitForReview, 0));
        await factory.SendAsync(reviewer, new TakeProjectStep(id, WorkflowStep.Publish, version));
        return id;
    }

    [Fact]
    public async Task The_municipality_filter_finds_a_project_by_its_owner_and_by_an_accepted_participant_and_the_count_agrees()
    {
        var project = await factory.JointProjectAsync("316", "433", Audience.Public);
        var member = await factory.ActorAsync("091", MunicipalityRoles.Viewer);

        foreach (var municipality in new[] { project.Manager.MunicipalityId, project.ParticipantAdmin.MunicipalityId })
        {
            var page = await factory.SendAsync(member, new ListProjects(new ProjectFilter([municipality], JointOnly: true), PageSize: 100));
            Assert.Contains(page.Items, item => item.Id == project.Id);
            Assert.Equal(page.Items.Count, page.Total);
            Assert.Contains(project.ParticipantAdmin.MunicipalityId, page.Items.Single(item => item.Id == project.Id).Participants);
        }

        var municipalityPage = await factory.SendAsync(null, new ListMunicipalityProjects(project.ParticipantAdmin.MunicipalityId));
        Assert.Contains(municipalityPage.TakingPart, item => item.Id == project.Id);
        Assert.DoesNotContain(municipalityPage.Owned, item => item.Id == project.Id);
    }

    [Fact]
    public async Task Status_year_theme_and_partner_filters_narrow_the_list()
    {
        var unique = $"Kumppani {Guid.NewGuid():N}";
        var content = Projects.SampleContent(Audience.Public, "Laskutuksen kehittäminen", ProjectStatus.Completed) with
        {
            Partners = [new PartnerOrganisation(unique, PartnerKind.University, null)],
            StartDate = new DateOnly(2020, 2, 1),
            EndDate = new DateOnly(2020, 6, 30),
            Themes = [Theme.FinanceAndAdministration],
        };
        var id = await PublishedAsync("049", content);

        async Task<bool> FoundAsync(ProjectFilter filter) =>
            (await factory.SendAsync(null, new ListProjects(filter, PageSize: 100))).Items.Any(item => item.Id == id);

        Assert.True(await FoundAsync(new ProjectFilter(Partner: unique.ToLowerInvariant()[..20])));
        Assert.True(await FoundAsync(new ProjectFilter(Partner: unique, Status: ProjectStatus.Completed, Year: 2020, Theme: Theme.FinanceAndAdministration)));
        Assert.False(await FoundAsync(new ProjectFilter(Partner: unique, Status: ProjectStatus.Ongoing)));
        Assert.False(await FoundAsync(new ProjectFilter(Partner: unique, Year: 2021)));
        Assert.False(await FoundAsync(new ProjectFilter(Partner: unique, Theme: Theme.Education)));
        Assert.False(await FoundAsync(new ProjectFilter(Partner: unique, JointOnly: true)));
    }

    [Fact]
    public async Task A_practice_names_its_origin_project_and_the_project_lists_the_practices_it_produced()
    {
        var projectId = await PublishedAsync("316", Projects.SampleContent(Audience.Public));
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent() with { OriginProjectId = projectId });
        var internalPractice = await factory.PublishedPracticeAsync("316", Audience.Internal, Practices.SampleContent(Audience.Internal, "Sisäinen tuotos") with { OriginProjectId = projectId });

        var reference = await factory.SendAsync(null, new GetProjectReference(projectId));
        var produced = await factory.SendAsync(null, new ListPracticesFromProject(projectId));
        var producedForOwner = await factory.SendAsync(new Actor(internalPractice.Author.PersonId, internalPractice.Author.MunicipalityId, MunicipalityRoles.Author),
            new ListPracticesFromProject(projectId));

        Assert.Equal(Projects.SampleContent().Title, reference!.Title);
        Assert.Equal([practice.Id], produced.Select(item => item.Id));
        Assert.Equal(2, producedForOwner.Count);
    }
}
