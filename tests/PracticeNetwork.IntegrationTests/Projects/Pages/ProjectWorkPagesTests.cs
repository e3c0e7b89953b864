using System.Net;
using System.Xml.Linq;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The pages around a project: the own list with overdue milestones, the municipality page, the workflow steps,
/// delete and restore, the history, and the full timeline with milestone changes; the main navigation.
/// </summary>
public sealed class ProjectWorkPagesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task My_projects_lists_drafts_of_my_team_with_their_overdue_milestones_flagged_in_words()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var title = UniqueTitle("Oma luonnos");
        var id = await factory.DraftProjectAsync(manager, SampleProject(title));
        await factory.MilestoneAsync(manager, id, "Myöhässä oleva", new DateOnly(2025, 1, 31), manager.MunicipalityId);
        using var client = factory.BrowserFor(manager);

        var page = await client.GetDocumentAsync("/kunta/hankkeet");

        var card = page.QuerySelectorAll(".project-card").Single(card => card.QuerySelector("h3")!.TextContent.Trim() == title);
        Assert.Equal("Luonnos", Squeeze(card.QuerySelector(".status-badge")!.TextContent));
        Assert.Equal("! 1 virstanpylväs myöhässä", Squeeze(card.QuerySelector(".overdue-flag")!.TextContent));
        Assert.Equal("! Hankkeissasi on 1 myöhässä oleva virstanpylväs.", page.Text("#mine-heading ~ .overdue-flag"));
        Assert.Null(page.QuerySelector("#invitations-heading"));
        using var anonymous = factory.BrowserFor(null);
        using var signIn = await anonymous.GetAsync("/kunta/hankkeet");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task The_municipality_page_lists_the_projects_it_owns_and_those_it_takes_part_in()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var title = UniqueTitle("Kuntasivun hanke");
        var id = await factory.DraftProjectAsync(manager, SampleProject(title));
        var admin = await factory.ActorAsync(Riihimaki, MunicipalityRoles.MunicipalityAdmin);
        await factory.JoinAsync(manager, id, admin, admin);
        await factory.PublishProjectAsync(manager, reviewer, id);
        using var client = factory.BrowserFor(null);

        var owner = await client.GetDocumentAsync($"/kunnat/{Loppi}");
        var participant = await client.GetDocumentAsync($"/kunnat/{Riihimaki}");

        Assert.Contains(title, owner.Texts("#projects-owned ~ ul a"));
        Assert.Equal("Kehittämishankkeet", owner.Text("#projects-heading"));
        Assert.Contains(title, participant.Texts("#projects-taking-part + ul a"));
        Assert.DoesNotContain(title, participant.Texts("#projects-owned + ul a"));
    }

    [Fact]
    public async Task The_navigation_offers_projects_to_everyone_my_projects_to_members_and_a_new_project_to_writers()
    {
        using var anonymous = factory.BrowserFor(null);
        using var viewer = factory.BrowserFor(await factory.ActorAsync(Loppi, MunicipalityRoles.Viewer));
        using var author = factory.BrowserFor(await factory.ActorAsync(Loppi, MunicipalityRoles.Author));

        var asAnonymous = (await anonymous.GetDocumentAsync("/")).Texts(".main-nav a");
        var asViewer = (await viewer.GetDocumentAsync("/")).Texts(".main-nav a");
        var asAuthor = await author.GetDocumentAsync("/hankkeet");

        Assert.Contains("Hankkeet", asAnonymous);
        Assert.DoesNotContain("Omat hankkeet", asAnonymous);
        Assert.Contains("Omat hankkeet", asViewer);
        Assert.DoesNotContain("Uusi hanke", asViewer);
        Assert.Contains("Uusi hanke", asAuthor.Texts(".main-nav a"));
        Assert.Equal("page", asAuthor.QuerySelector(".main-nav a[href='/hankkeet']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_author_submits_and_the_reviewer_publishes_through_the_workflow_page_and_the_history_shows_the_revision()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Julkaistava")));
        using var writing = factory.BrowserFor(manager);
        using var reviewing = factory.BrowserFor(reviewer);

        var submit = await writing.GetDocumentAsync($"/hankkeet/{id}/tila?step=SubmitForReview");
        using var submitted = await FormPost.From(submit, "form.workflow-form").SendAsync(writing);
        var publish = await reviewing.GetDocumentAsync($"/hankkeet/{id}/tila?step=Publish");
        using var published = await FormPost.From(publish, "form.workflow-form").SendAsync(reviewing);
        using var unknownStep = await writing.GetAsync($"/hankkeet/{id}/tila?step=Launch");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownStep.StatusCode);
        Assert.Equal("Hanke julkaistiin.", (await reviewing.GetDocumentAsync($"/hankkeet/{id}")).Text(".notice"));
        Assert.Equal(PublicationStatus.Published, (await factory.ProjectAsAsync(null, id))!.PublicationStatus);
        using var anonymous = factory.BrowserFor(null);
        var history = await anonymous.GetDocumentAsync($"/hankkeet/{id}/historia");
        Assert.Equal("Versio 1", history.Text("#revision-1"));
        Assert.Equal("Ensimmäinen julkaistu versio.", history.Text(".revision p:not(.revision__meta)"));
    }

    [Fact]
    public async Task A_return_needs_its_comment_and_a_stale_step_is_explained()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Palautettava")));
        await factory.SendAsync(manager, new TakeProjectStep(id, WorkflowStep.SubmitForReview, await factory.ProjectVersionAsync(manager, id)));
        using var reviewing = factory.BrowserFor(reviewer);
        var page = await reviewing.GetDocumentAsync($"/hankkeet/{id}/tila?step=ReturnToAuthor");

        using var noComment = await FormPost.From(page, "form.workflow-form").Set("comment", "").SendAsync(reviewing);
        using var stale = await FormPost.From(page, "form.workflow-form").Set("comment", "Täydennä.").Set("version", "0").SendAsync(reviewing);

        Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
        Assert.Equal("Kerro kirjoittajalle, mitä pitää muuttaa (enintään 2 000 merkkiä).", (await Html.ParseAsync(noComment)).FieldError("comment"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Hanke on muuttunut sillä välin", (await Html.ParseAsync(stale)).Text(".error-summary h2"));
    }

    [Fact]
    public async Task The_reviewer_deletes_after_confirming_and_the_admin_restores_from_the_project_page()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var admin = await factory.ActorAsync(Loppi, MunicipalityRoles.MunicipalityAdmin);
        var title = UniqueTitle("Poistettava");
        var id = await factory.DraftProjectAsync(manager, SampleProject(title));
        await factory.PublishProjectAsync(manager, reviewer, id);
        using var reviewing = factory.BrowserFor(reviewer);
        using var anonymous = factory.BrowserFor(null);

        var confirm = await reviewing.GetDocumentAsync($"/hankkeet/{id}/poista");
        using var deleted = await FormPost.From(confirm, "form.delete-form").SendAsync(reviewing);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/kunta/hankkeet", deleted.Headers.Location!.OriginalString);
        using var gone = await anonymous.GetAsync($"/hankkeet/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var restoring = factory.BrowserFor(admin);
        var binned = await restoring.GetDocumentAsync($"/hankkeet/{id}");
        Assert.Contains("Poistettu.", binned.Text(".banner--deleted"), StringComparison.Ordinal);
        using var restored = await FormPost.From(binned, ".banner--deleted form").SendAsync(restoring);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        using var back = await anonymous.GetAsync($"/hankkeet/{id}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        using var viewer = factory.BrowserFor(await factory.ActorAsync(Loppi, MunicipalityRoles.Viewer));
        using var viewerDelete = await viewer.GetAsync($"/hankkeet/{id}/poista");
        Assert.Equal(HttpStatusCode.Forbidden, viewerDelete.StatusCode);
    }

    [Fact]
    public async Task The_timeline_page_draws_the_project_and_lets_its_manager_change_and_remove_a_milestone()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Aikataulu")));
        var milestone = await factory.MilestoneAsync(manager, id, "Kartoitus", new DateOnly(2026, 2, 1), manager.MunicipalityId);
        using var client = factory.BrowserFor(manager);

        var page = await client.GetDocumentAsync($"/hankkeet/{id}/aikajana");
        var edit = await client.GetDocumentAsync($"/hankkeet/{id}/aikajana?muokkaa={milestone}");
        using var badDate = await FormPost.From(edit, "form.milestone-form").Set("dueDate", "huomenna").SendAsync(client);
        using var changed = await FormPost.From(edit, "form.milestone-form").Set("title", "Kartoitus ja haastattelut").Set("dueDate", "2026-02-28").SendAsync(client);

        Assert.NotNull(XDocument.Parse(page.QuerySelector("svg")!.OuterHtml).Root);
        Assert.Equal("Kartoitus", page.Text(".milestone-manage-list__title"));
        Assert.Equal("Kartoitus", edit.GetElementById("milestone-title")!.GetAttribute("value"));
        Assert.Equal("2026-02-01", edit.GetElementById("milestone-due")!.GetAttribute("value"));
        Assert.Equal("Anna määräpäivä päivämääränä, esimerkiksi 30.4.2026.", (await Html.ParseAsync(badDate)).FieldError("milestone-due"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await client.GetDocumentAsync($"/hankkeet/{id}/aikajana");
        Assert.Equal("Kartoitus ja haastattelut", after.Text(".milestone-manage-list__title"));
        Assert.Contains("28.2.2026", after.Text("#aikajana-lista"), StringComparison.Ordinal);

        using var removed = await FormPost.From(after, ".milestone-manage-list form").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await factory.ProjectAsAsync(manager, id))!.Milestones);
        using var outsider = factory.BrowserFor(await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer));
        using var notHis = await outsider.GetAsync($"/hankkeet/{id}/aikajana?muokkaa={milestone}");
        Assert.Equal(HttpStatusCode.NotFound, notHis.StatusCode);
    }
}
