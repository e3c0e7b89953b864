using System.Globalization;
using System.Net;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Review steps, delete and restore through their forms, and the municipality's own list and bin: who may do what,
/// what a stale form gets, and that other municipalities see nothing.
/// </summary>
public sealed class PracticeWorkflowPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string StepForm = "form.workflow-form";

    [Fact]
    public async Task A_practice_goes_through_review_with_a_required_comment_on_return()
    {
        var (authorSession, author) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        var (reviewerSession, reviewer) = await factory.SignedInAsync("316", MunicipalityRoles.Reviewer);
        using var a = authorSession;
        using var r = reviewerSession;
        var id = await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author,
            sender => sender.Send(new CreatePractice(Practices.SampleContent(title: "Palautettava käytäntö"))).AsTask());

        using (var submitted = await a.SubmitAsync($"/kaytannot/{id}/tila?step=SubmitForReview", StepForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal($"/kaytannot/{id}", submitted.Headers.Location!.OriginalString);
        }

        Assert.Equal(PublicationStatus.InReview, (await StatusAsync(author, id)));

        var returnPage = await r.GetAsync($"/kaytannot/{id}/tila?step=ReturnToAuthor");
        using (var withoutComment = await r.SubmitAsync(returnPage, "/", StepForm, new Dictionary<string, string> { ["comment"] = "  " }))
        {
            Assert.Equal(HttpStatusCode.OK, withoutComment.StatusCode);
            var page = await Html.ParseAsync(withoutComment);
            Assert.Equal("true", page.GetElementById("comment")!.GetAttribute("aria-invalid"));
            Assert.Contains("Kerro kirjoittajalle", page.GetElementById("comment-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("#comment", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        }

        Assert.Equal(PublicationStatus.InReview, await StatusAsync(author, id));
        using (var returned = await r.SubmitAsync(returnPage, "/", StepForm, new Dictionary<string, string> { ["comment"] = "Lisää tulosten mittarit." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var authorsList = await a.GetAsync("/kunta/kaytannot?tila=luonnokset");
        var row = authorsList.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Palautettava käytäntö", StringComparison.Ordinal));
        Assert.Equal("Palautettu", row.QuerySelector(".editor-status--returned")!.TextContent);
        Assert.Contains("Lisää tulosten mittarit.", row.TextContent, StringComparison.Ordinal);

        using (var resubmitted = await a.SubmitAsync($"/kaytannot/{id}/tila?step=SubmitForReview", StepForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        using (var published = await r.SubmitAsync($"/kaytannot/{id}/tila?step=Publish", StepForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var practice = (await factory.PracticeAsAsync(reviewer, MunicipalityRoles.Reviewer, id))!;
        Assert.Equal(PublicationStatus.Published, practice.Status);
        Assert.Null(practice.ReviewComment);
    }

    [Fact]
    public async Task A_step_message_is_left_for_the_practice_page()
    {
        var (session, author) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var id = await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());

        using var submitted = await session.SubmitAsync($"/kaytannot/{id}/tila?step=SubmitForReview", StepForm);

        // The practice page (read side) shows TempData["PracticeMessage"]; the own-practices page does too.
        var list = await session.GetAsync("/kunta/kaytannot");
        Assert.Equal("Käytäntö lähetettiin tarkastettavaksi.", list.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task Viewers_get_forbidden_other_municipalities_not_found_and_stale_forms_a_conflict()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Network);
        var draftId = await factory.AsMemberAsync(practice.Author, MunicipalityRoles.Author,
            sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        var archive = new Dictionary<string, string> { ["step"] = nameof(WorkflowStep.Archive), ["version"] = practice.Version.ToString(CultureInfo.InvariantCulture) };

        var (viewerSession, _) = await factory.SignedInAsync("316", MunicipalityRoles.Viewer);
        using (viewerSession)
        {
            using var byViewer = await viewerSession.PostWithTokenAsync($"/kaytannot/{practice.Id}/tila", archive);
            Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
            using var onDraft = await viewerSession.PostWithTokenAsync($"/kaytannot/{draftId}/tila",
                new Dictionary<string, string> { ["step"] = nameof(WorkflowStep.SubmitForReview), ["version"] = "0" });
            Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
        }

        var (foreignSession, _) = await factory.SignedInAsync("049", MunicipalityRoles.Reviewer);
        using (foreignSession)
        {
            using var byForeign = await foreignSession.PostWithTokenAsync($"/kaytannot/{practice.Id}/tila", archive);
            Assert.Equal(HttpStatusCode.NotFound, byForeign.StatusCode);
            using var foreignForm = await foreignSession.GetResponseAsync($"/kaytannot/{draftId}/tila?step=Publish");
            Assert.Equal(HttpStatusCode.NotFound, foreignForm.StatusCode);
        }

        var (first, reviewer) = await factory.SignedInAsync("316", MunicipalityRoles.Reviewer);
        var (second, _) = await factory.SignedInAsync("316", MunicipalityRoles.Reviewer);
        using var one = first;
        using var two = second;
        var formOne = await one.GetAsync($"/kaytannot/{practice.Id}/tila?step=Archive");
        var formTwo = await two.GetAsync($"/kaytannot/{practice.Id}/tila?step=Archive");
        using var archived = await one.SubmitAsync(formOne, "/", StepForm);
        using var again = await two.SubmitAsync(formTwo, "/", StepForm);

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var conflict = await Html.ParseAsync(again);
        Assert.Equal("Käytäntö on muuttunut sillä välin", conflict.QuerySelector(".error-summary h2")!.TextContent);
        Assert.Contains("Arkistoitu", conflict.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/kaytannot/{practice.Id}", conflict.QuerySelector("main a[href^='/kaytannot/']")!.GetAttribute("href"));
        Assert.Equal(PublicationStatus.Archived, (await factory.PracticeAsAsync(reviewer, MunicipalityRoles.Reviewer, practice.Id))!.Status);
    }

    [Fact]
    public async Task A_reviewer_deletes_after_confirming_and_only_the_municipality_admin_restores()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(title: "Poistettava käytäntö"));
        var (reviewerSession, reviewer) = await factory.SignedInAsync("316", MunicipalityRoles.Reviewer);
        var (adminSession, admin) = await factory.SignedInAsync("316", MunicipalityRoles.MunicipalityAdmin);
        var (foreignSession, _) = await factory.SignedInAsync("049", MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer);
        using var r = reviewerSession;
        using var m = adminSession;
        using var f = foreignSession;

        var draftId = await factory.AsMemberAsync(practice.Author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        Assert.Equal(HttpStatusCode.Forbidden, (await f.GetResponseAsync($"/kaytannot/{practice.Id}/poista")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.GetResponseAsync($"/kaytannot/{draftId}/poista")).StatusCode);
        using (var foreignDelete = await f.PostWithTokenAsync($"/kaytannot/{draftId}/poista", new Dictionary<string, string> { ["version"] = "0" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignDelete.StatusCode);
        }

        var confirm = await r.GetAsync($"/kaytannot/{practice.Id}/poista");
        Assert.Contains("Poistettava käytäntö", confirm.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("pääkäyttäjä voi palauttaa", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using (var deleted = await r.SubmitAsync(confirm, "/", "main form.stacked-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal("/kunta/kaytannot", deleted.Headers.Location!.OriginalString);
        }

        var list = await r.GetAsync("/kunta/kaytannot");
        Assert.Contains("Poistettava käytäntö", list.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Poistettava käytäntö", list.QuerySelector("main table")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(await factory.PracticeAsAsync(reviewer, MunicipalityRoles.Reviewer, practice.Id));

        Assert.Equal(HttpStatusCode.Forbidden, (await r.GetResponseAsync("/kunta/kaytannot/poistetut")).StatusCode);
        var foreignBin = await f.GetAsync("/kunta/kaytannot/poistetut");
        Assert.DoesNotContain("Poistettava käytäntö", foreignBin.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using (var foreignRestore = await f.PostWithTokenAsync($"/kaytannot/{practice.Id}/palauta", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignRestore.StatusCode);
        }

        using (var reviewerRestore = await r.PostWithTokenAsync($"/kaytannot/{practice.Id}/palauta", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, reviewerRestore.StatusCode);
        }

        var bin = await m.GetAsync("/kunta/kaytannot/poistetut");
        var binRow = bin.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Poistettava käytäntö", StringComparison.Ordinal));
        Assert.NotNull(binRow);
        using (var restored = await m.SubmitAsync(bin, "/", $"form[action='/kaytannot/{practice.Id}/palauta']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
            Assert.Equal($"/kaytannot/{practice.Id}", restored.Headers.Location!.OriginalString);
        }

        var back = await r.GetAsync("/kunta/kaytannot?tila=julkaistut");
        Assert.Contains("Poistettava käytäntö", back.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Published, (await factory.PracticeAsAsync(admin, MunicipalityRoles.MunicipalityAdmin, practice.Id))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await m.GetResponseAsync($"/kaytannot/{practice.Id}/palauta")).StatusCode);
    }

    [Fact]
    public async Task An_author_deletes_only_own_drafts_and_a_stale_confirmation_asks_again()
    {
        var (session, author) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var id = await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        var published = await factory.PublishedPracticeAsync("316");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetResponseAsync($"/kaytannot/{published.Id}/poista")).StatusCode);

        var confirm = await session.GetAsync($"/kaytannot/{id}/poista");
        await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author,
            sender => sender.Send(new UpdatePractice(id, Practices.SampleContent(title: "Muutettu välissä"), 0)).AsTask());
        using var stale = await session.SubmitAsync(confirm, "/", "main form.stacked-form");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var again = await Html.ParseAsync(stale);
        Assert.Contains("Muutettu välissä", again.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await factory.PracticeAsAsync(author, MunicipalityRoles.Author, id));

        using var confirmed = await session.SubmitAsync(again, "/", "main form.stacked-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null(await factory.PracticeAsAsync(author, MunicipalityRoles.Author, id));
    }

    [Fact]
    public async Task The_own_list_has_status_tabs_with_counts_and_only_this_municipalitys_practices()
    {
        var municipality = "433";
        var (session, author) = await factory.SignedInAsync(municipality, MunicipalityRoles.Author);
        using var _ = session;
        var otherAuthor = await factory.NewAccountAsync((municipality, MunicipalityRoles.Author));
        await factory.AsAccountAsync(author, municipality, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent(title: "Oma luonnos"))).AsTask());
        await factory.AsAccountAsync(otherAuthor, municipality, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent(title: "Toisen luonnos"))).AsTask());
        await factory.PublishedPracticeAsync(municipality, Audience.Internal, Practices.SampleContent(Audience.Internal, "Lopen julkaistu"));
        await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(title: "Kärkölän julkaistu"));

        var all = await session.GetAsync("/kunta/kaytannot");
        var tabs = all.QuerySelectorAll(".subnav a");
        Assert.Equal("page", tabs[0].GetAttribute("aria-current"));
        Assert.Equal(["Kaikki (2)", "Luonnokset (1)", "Tarkastettavana (0)", "Julkaistut (1)", "Arkistoidut (0)"],
            tabs.Select(tab => string.Join(' ', tab.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray());
        var titles = all.QuerySelectorAll("tbody th").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Contains("Oma luonnos", titles);
        Assert.Contains("Lopen julkaistu", titles);
        Assert.DoesNotContain("Toisen luonnos", titles);
        Assert.DoesNotContain("Kärkölän julkaistu", titles);
        Assert.NotNull(all.QuerySelector("a.button[href='/kaytannot/uusi']"));

        var drafts = await session.GetAsync("/kunta/kaytannot?tila=luonnokset");
        Assert.Equal("page", drafts.QuerySelector(".subnav a[href='/kunta/kaytannot?tila=luonnokset']")!.GetAttribute("aria-current"));
        Assert.Equal(["Oma luonnos"], drafts.QuerySelectorAll("tbody th").Select(cell => cell.TextContent.Trim()).ToArray());

        var (viewerSession, _) = await factory.SignedInAsync(municipality, MunicipalityRoles.Viewer);
        using (viewerSession)
        {
            var viewers = await viewerSession.GetAsync("/kunta/kaytannot");
            Assert.Null(viewers.QuerySelector("a[href='/kaytannot/uusi']"));
            Assert.Equal(["Lopen julkaistu"], viewers.QuerySelectorAll("tbody th").Select(cell => cell.TextContent.Trim()).ToArray());
        }
    }

    [Fact]
    public async Task The_own_list_is_paged()
    {
        var (session, author) = await factory.SignedInAsync("086", MunicipalityRoles.Author);
        using var _ = session;
        for (var i = 1; i <= 21; i++)
        {
            var title = $"Luonnos {i:00}";
            await factory.AsAccountAsync(author, "086", MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent(title: title))).AsTask());
        }

        var first = await session.GetAsync("/kunta/kaytannot?tila=luonnokset");
        Assert.Equal(20, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("page", first.QuerySelector(".pager a[href='/kunta/kaytannot?tila=luonnokset']")!.GetAttribute("aria-current"));
        var second = await session.GetAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        var firstTitles = first.QuerySelectorAll("tbody th").Select(cell => cell.TextContent.Trim()).ToList();
        var secondTitles = second.QuerySelectorAll("tbody th").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Single(secondTitles);
        Assert.Equal(21, firstTitles.Union(secondTitles).Count());
        Assert.Equal("Sivu 2", second.QuerySelector(".pager a[aria-current=page]")!.TextContent.Trim()); // the shared pager names the page for screen readers
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetResponseAsync("/kunta/kaytannot?tila=tuntematon")).StatusCode);
    }

    private async Task<PublicationStatus> StatusAsync(Accounts.TestAccount author, Guid id) =>
        (await factory.PracticeAsAsync(author, MunicipalityRoles.Author, id))!.Status;
}
