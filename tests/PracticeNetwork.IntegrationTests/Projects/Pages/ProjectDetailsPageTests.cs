using System.Net;
using System.Xml.Linq;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The project page: every part of the project as readers see it, its timeline, and the forms the reader's
/// permissions allow (a status update, milestones, documents) posted as a browser without JavaScript would.
/// </summary>
public sealed class ProjectDetailsPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_project_page_shows_every_part_of_a_joint_project()
    {
        var project = await JointProjectAsync();
        await factory.SendAsync(project.Manager, new PostProjectUpdate(project.Id, "Kartoitus **valmis**."));
        await factory.SendAsync(project.ParticipantAdmin, new RecordContribution(project.Id, "Pilottikunta", "Kaksi kirjastovirkailijaa"));

        using var client = factory.BrowserFor(null);
        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        Assert.Equal(project.Title, page.Text("h1"));
        Assert.Equal("Käynnissä", page.Text(".status-line .project-status").Replace("Hankkeen tila:", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Equal("/kunnat/433", page.QuerySelector(".project__owner a")!.GetAttribute("href"));
        Assert.Equal("yhteisen", page.Text(".project__summary strong"));
        Assert.Equal("Tavoitteet", page.Text("#text-needAndGoals ~ .prose h3"));
        var participants = page.QuerySelectorAll(".participant-table tbody tr")
            .Select(row => string.Join(" | ", row.Children.Select(cell => Squeeze(cell.TextContent))))
            .ToList();
        Assert.Equal("Loppi | Omistaja | – | –", participants[0]);
        Assert.StartsWith("Hausjärvi | Mukana (", participants[1], StringComparison.Ordinal);
        Assert.EndsWith("| Pilottikunta | Kaksi kirjastovirkailijaa", participants[1], StringComparison.Ordinal);
        Assert.Equal("https://www.hyria.fi", page.QuerySelector(".partner-list a")!.GetAttribute("href"));
        Assert.Contains("(Korkeakoulu)", page.Text(".partner-list"), StringComparison.Ordinal);
        Assert.Equal(["120 000 €", "30 000,50 €"], page.Texts(".funding-table tbody td"));
        Assert.Equal("150 000,50 €", page.Text(".funding-table tfoot td"));
        Assert.Equal("Kartoitus valmis.", page.Text(".update .prose"));
        Assert.Contains("Hausjärvi", page.Text(".team-list"), StringComparison.Ordinal);
        Assert.Equal("mailto:liisa.hanke@example.fi", page.QuerySelector(".contact a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Contains("Vuoden digiteko", page.Text(".award-list"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/hankkeet/{project.Id}/historia']"));
        Assert.Null(page.QuerySelector(".project-actions"));
        Assert.Null(page.QuerySelector("form[action*='handler=']"));
    }

    [Fact]
    public async Task Someone_on_the_team_without_an_account_is_named_as_a_former_member_on_the_project_participants_and_timeline_pages()
    {
        var project = await JointProjectAsync();
        var named = await factory.NewAccountAsync((Loppi, MunicipalityRoles.Author));
        var version = await factory.ProjectVersionAsync(project.Manager, project.Id);
        await factory.SendAsync(project.Manager, new AddTeamMember(project.Id, named.PersonId, version));
        await factory.SendAsync(project.TeamMember, new PostProjectUpdate(project.Id, "Kokeilu alkoi."));
        var unnamed = "Entinen jäsen (ei käyttäjätiliä)";

        using var client = factory.BrowserFor(project.Manager);
        var details = await client.GetDocumentAsync($"/hankkeet/{project.Id}");
        var participants = await client.GetDocumentAsync($"/hankkeet/{project.Id}/osallistujat");
        var timeline = await client.GetDocumentAsync($"/hankkeet/{project.Id}/aikajana");

        var team = details.Texts(".team-list li");
        Assert.DoesNotContain(team, entry => entry.Length == 0 || entry.StartsWith("projektipäällikkö", StringComparison.Ordinal));
        Assert.Contains(team, entry => entry.StartsWith(unnamed, StringComparison.Ordinal));
        Assert.Contains(team, entry => entry == named.Name);
        Assert.Contains(unnamed, details.Text(".update__author"), StringComparison.Ordinal);
        Assert.All(participants.Texts(".team-table tbody th"), name => Assert.NotEqual(string.Empty, name));
        Assert.Contains(unnamed, participants.Texts(".team-table tbody th"));
        Assert.Contains(timeline.Texts(".timeline-list__entry--update a"), who => who.EndsWith(", " + unnamed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_timeline_is_an_image_with_a_title_and_description_and_the_same_entries_as_a_list_with_overdue_in_words()
    {
        var project = await JointProjectAsync();
        await factory.MilestoneAsync(project.Manager, project.Id, "Kartoitus valmis", new DateOnly(2025, 10, 15), project.OwnerId);
        await factory.MilestoneAsync(project.Manager, project.Id, "Loppuraportti", new DateOnly(2027, 6, 1), project.ParticipantAdmin.MunicipalityId);
        await factory.SendAsync(project.Manager, new PostProjectUpdate(project.Id, "Aloitettiin."));

        using var client = factory.BrowserFor(null);
        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        var svg = XDocument.Parse(page.QuerySelector("#aikajana svg")!.OuterHtml).Root!;
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var ids = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.All(ids, id => Assert.NotNull(page.GetElementById(id)));
        Assert.Equal(3, svg.Descendants().Count(element => element.Attribute("data-entry") is not null));
        var entries = page.Texts("#aikajana-lista li");
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("15.10.2025 Virstanpylväs: Kartoitus valmis ! myöhässä", entries[0], StringComparison.Ordinal);
        Assert.Contains("Loppuraportti tulossa – Hausjärvi", entries[2], StringComparison.Ordinal);
        Assert.Equal("! myöhässä", page.Text("#virstanpylvaat .milestone-state--overdue"));
        Assert.Equal($"/hankkeet/{project.Id}/aikajana", page.QuerySelector("#aikajana p a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_team_member_posts_an_update_from_the_page_and_an_empty_one_comes_back_with_its_error()
    {
        var project = await JointProjectAsync();
        using var client = factory.BrowserFor(project.TeamMember);
        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        using var empty = await FormPost.From(page, "form.update-form").Set("text", " ").SendAsync(client);
        var refused = await Html.ParseAsync(empty);
        using var posted = await FormPost.From(page, "form.update-form").Set("text", "Pilotti alkoi *kirjastossa*.").SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Kirjoita päivitys (enintään 5 000 merkkiä).", refused.FieldError("update-text"));
        Assert.Equal("#update-text", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await client.GetDocumentAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal("Tilannepäivitys julkaistiin.", after.Text(".notice"));
        Assert.Equal("kirjastossa", after.Text(".update .prose em"));
        Assert.Contains("Hausjärvi", after.Text(".update__heading"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_manager_plans_milestones_and_marks_them_done_and_a_bad_date_or_a_stale_page_is_said_by_the_form()
    {
        var project = await JointProjectAsync();
        using var client = factory.BrowserFor(project.Manager);
        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        using var badDate = await FormPost.From(page, "form.milestone-form").Set("title", "Pilotti").Set("dueDate", "31.2.2026").SendAsync(client);
        var refused = await Html.ParseAsync(badDate);
        using var added = await FormPost.From(page, "form.milestone-form")
            .Set("title", "Pilotti").Set("dueDate", "2026-03-31").Set("responsible", project.ParticipantAdmin.MunicipalityId.ToString()).SendAsync(client);
        using var stale = await FormPost.From(page, "form.milestone-form").Set("title", "Toinen").Set("dueDate", "2026-04-30").SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Equal("Anna määräpäivä päivämääränä, esimerkiksi 30.4.2026.", refused.FieldError("milestone-due"));
        Assert.Equal("Pilotti", refused.GetElementById("milestone-title")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Hanketta muutettiin sillä välin", (await Html.ParseAsync(stale)).Text("#virstanpylvaat .field-error"), StringComparison.Ordinal);

        var planned = await client.GetDocumentAsync($"/hankkeet/{project.Id}");
        Assert.Equal("Hausjärvi", planned.Texts(".milestone-table tbody td")[1]);
        using var done = await FormPost.From(planned, ".milestone-table form").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await client.GetDocumentAsync($"/hankkeet/{project.Id}");
        Assert.Equal("✓ valmis", after.Text(".milestone-table .milestone-state--done"));
        Assert.Contains("Merkitse keskeneräiseksi", after.Text(".milestone-table form button"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_member_may_mark_done_only_the_milestones_of_their_own_municipality_and_cannot_plan_them()
    {
        var project = await JointProjectAsync();
        await factory.MilestoneAsync(project.Manager, project.Id, "Lopen osuus", new DateOnly(2026, 9, 1), project.OwnerId);
        var own = await factory.MilestoneAsync(project.Manager, project.Id, "Hausjärven osuus", new DateOnly(2026, 10, 1), project.ParticipantAdmin.MunicipalityId);
        using var client = factory.BrowserFor(project.TeamMember);

        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        var forms = page.QuerySelectorAll(".milestone-table form");
        Assert.Equal([own.ToString()], forms.Select(form => form.QuerySelector("input[name=milestoneId]")!.GetAttribute("value")));
        Assert.Null(page.QuerySelector("form.milestone-form"));
    }

    [Fact]
    public async Task A_team_member_adds_a_document_that_readers_download_and_removes_it()
    {
        var project = await JointProjectAsync();
        using var client = factory.BrowserFor(project.TeamMember);
        var page = await client.GetDocumentAsync($"/hankkeet/{project.Id}");

        using var none = await FormPost.From(page, "form.upload-form").SendAsync(client);
        using var uploaded = await FormPost.From(page, "form.upload-form").SendWithFileAsync(client, "file", "muistio.txt", "Kokousmuistio"u8.ToArray());

        Assert.Equal("Valitse lähetettävä tiedosto.", (await Html.ParseAsync(none)).FieldError("file"));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.EndsWith("#dokumentit", uploaded.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var listed = await client.GetDocumentAsync($"/hankkeet/{project.Id}");
        var link = listed.QuerySelector("#dokumentit .attachment-list a")!;
        Assert.Equal("muistio.txt", link.TextContent.Trim());
        using var anonymous = factory.BrowserFor(null);
        using var download = await anonymous.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Kokousmuistio", await download.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        using var removed = await FormPost.From(listed, "#dokumentit .attachment-list form").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("Hankkeella ei ole dokumentteja.", (await client.GetDocumentAsync($"/hankkeet/{project.Id}")).Text("#dokumentit .empty-state"));
    }

    [Fact]
    public async Task The_owners_reviewer_sees_the_workflow_steps_and_an_outsider_sees_no_actions()
    {
        var project = await JointProjectAsync(publish: false);
        var reviewer = project.Reviewer;
        using var reviewing = factory.BrowserFor(reviewer);
        using var author = factory.BrowserFor(project.Manager);

        var asReviewer = await reviewing.GetDocumentAsync($"/hankkeet/{project.Id}");
        var asAuthor = await author.GetDocumentAsync($"/hankkeet/{project.Id}");

        Assert.Equal("Luonnos", asReviewer.Text(".status-line .status-badge"));
        Assert.Contains("Poista", asReviewer.Text(".project-actions"), StringComparison.Ordinal);
        Assert.NotNull(asAuthor.QuerySelector($".project-actions a[href='/hankkeet/{project.Id}/tila?step=SubmitForReview']"));
        Assert.NotNull(asAuthor.QuerySelector($".project-actions a[href='/hankkeet/{project.Id}/muokkaa']"));
        Assert.NotNull(asAuthor.QuerySelector($".project-actions a[href='/hankkeet/{project.Id}/osallistujat']"));
    }

    [Fact]
    public async Task A_practice_that_came_from_the_project_is_listed_and_names_the_project_as_its_origin()
    {
        var project = await JointProjectAsync();
        var practice = await factory.PublishedPracticeAsync(Loppi, Audience.Public, Practices.SampleContent(Audience.Public, UniqueTitle("Digituen malli")) with { OriginProjectId = project.Id });
        var hidden = await factory.DraftProjectAsync(project.Manager, SampleProject(UniqueTitle("Piilossa")));
        var fromHidden = await factory.PublishedPracticeAsync(Loppi, Audience.Public, Practices.SampleContent(Audience.Public, UniqueTitle("Malli luonnoksesta")) with { OriginProjectId = hidden });
        using var client = factory.BrowserFor(null);

        var projectPage = await client.GetDocumentAsync($"/hankkeet/{project.Id}");
        var practicePage = await client.GetDocumentAsync($"/kaytannot/{practice.Id}");
        var hiddenOrigin = await client.GetDocumentAsync($"/kaytannot/{fromHidden.Id}");

        Assert.Equal($"/kaytannot/{practice.Id}", projectPage.QuerySelector("#practices-heading ~ ul a")!.GetAttribute("href"));
        Assert.Equal($"/hankkeet/{project.Id}", practicePage.QuerySelector($".practice-facts a[href='/hankkeet/{project.Id}']")!.GetAttribute("href"));
        Assert.Equal(project.Title, practicePage.Text($".practice-facts a[href='/hankkeet/{project.Id}']"));
        Assert.DoesNotContain("Lähtöhanke", hiddenOrigin.Text(".practice-facts"), StringComparison.Ordinal);
        Assert.Null(hiddenOrigin.QuerySelector($"a[href='/hankkeet/{hidden}']"));
    }

    private async Task<JointProject> JointProjectAsync(bool publish = true)
    {
        var title = UniqueTitle("Yhteinen digituki");
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(manager, SampleProject(title));
        var admin = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        var teamMember = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.Viewer);
        await factory.JoinAsync(manager, id, admin, teamMember);
        if (publish)
        {
            await factory.PublishProjectAsync(manager, reviewer, id);
        }

        return new JointProject(id, title, manager, reviewer, admin, teamMember);
    }

    private sealed record JointProject(Guid Id, string Title, Actor Manager, Actor Reviewer, Actor ParticipantAdmin, Actor TeamMember)
    {
        public Guid OwnerId => Manager.MunicipalityId;
    }
}
