using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The practice page, its actions and its history as readers see them (visibility: <see cref="PracticePageVisibilityTests"/>).</summary>
public sealed class PracticePagesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_practice_page_shows_every_part_of_the_practice()
    {
        var content = Practices.SampleContent(Audience.Public, "Tiimityö " + Guid.NewGuid().ToString("N")[..8]) with
        {
            Tags = ["tiimityö", "toimistopalvelut"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Residents],
        };
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, content);
        var attachmentId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "Loppuraportti.txt", new byte[1536].Select(_ => (byte)'a').ToArray());
        await factory.SubmitAndPublishAsync(author, reviewer, id);

        var document = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{id}");

        Assert.Equal(content.Title, document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(document.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("Kärkölä", document.QuerySelector(".practice__municipality a[href='/kunnat/316']")!.TextContent.Trim());
        Assert.Equal("Julkaistu", document.QuerySelector(".status-badge")!.TextContent.Trim());
        Assert.Contains(content.Summary, document.QuerySelector(".practice__summary")!.TextContent, StringComparison.Ordinal);
        var sections = document.QuerySelectorAll(".practice-text").ToDictionary(section => section.QuerySelector("h2")!.TextContent.Trim(), section => section);
        Assert.Equal(["Tarve ja tavoitteet", "Ratkaisu – miten käytäntö toimii", "Tulokset ja näyttö", "Resurssit ja kustannukset", "Edellytykset käyttöönotolle"], sections.Keys);
        Assert.Equal("tiimit", sections["Ratkaisu – miten käytäntö toimii"].QuerySelector("strong")!.TextContent);
        Assert.Equal(["Asiakaspalvelu", "Henkilöstö ja johtaminen"], Texts(document, ".theme-list li").Order().ToList());
        Assert.Contains("Kunnan henkilöstö", Texts(document, ".tag-list li"));
        Assert.Contains("tiimityö", Texts(document, ".tag-list li"));
        Assert.Equal("mailto:liisa.esimerkki@example.fi", document.QuerySelector(".contact a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("tel:+358401234567", document.QuerySelector(".contact a[href^='tel:']")!.GetAttribute("href"));
        var link = document.QuerySelector(".link-list a")!;
        Assert.Equal("https://example.fi/raportti", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel")!, StringComparison.Ordinal);
        Assert.Contains("Vuoden kehittämisteko", document.QuerySelector(".award-list")!.TextContent, StringComparison.Ordinal);
        var download = document.QuerySelector(".attachment-list a")!;
        Assert.Equal($"/kaytannot/{id}/liitteet/{attachmentId}", download.GetAttribute("href"));
        Assert.Equal("Loppuraportti.txt", download.TextContent.Trim());
        Assert.Equal("(TXT, 1,5 kt)", document.QuerySelector(".attachment__meta")!.TextContent.Trim());
        Assert.Equal("1", Fact(document, "Versio"));
        Assert.Equal("Käytössä", Fact(document, "Vaihe"));
        Assert.Equal("Julkinen", Fact(document, "Näkyvyys"));
        Assert.NotNull(document.QuerySelector($"a[href='/kaytannot/{id}/historia']"));
        Assert.Null(document.QuerySelector(".practice-actions"));
    }

    [Fact]
    public async Task A_practice_in_another_language_than_the_page_is_marked_with_lang_and_the_page_speaks_the_readers_language()
    {
        var content = Practices.SampleContent(Audience.Public, "Teamarbete " + Guid.NewGuid().ToString("N")[..8]) with { Language = "sv" };
        var practice = await factory.PublishedPracticeAsync("049", Audience.Public, content);

        var finnish = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{practice.Id}");
        var english = factory.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await english.GetDocumentAsync($"/kaytannot/{practice.Id}");

        Assert.Equal("sv", finnish.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.All(finnish.QuerySelectorAll(".practice-text .prose"), text => Assert.Equal("sv", text.GetAttribute("lang")));
        Assert.Equal("ruotsi", Fact(finnish, "Kieli"));
        Assert.Equal("en", inEnglish.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Solution – how it works", Texts(inEnglish, ".practice-text h2"));
        Assert.Equal("Swedish", Fact(inEnglish, "Language"));
    }

    [Fact]
    public async Task Unknown_or_malformed_practice_addresses_are_404()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { $"/kaytannot/{Guid.NewGuid()}", $"/kaytannot/{Guid.NewGuid()}/historia", $"/kaytannot/{Guid.NewGuid()}/liitteet/{Guid.NewGuid()}", "/kaytannot/not-a-guid" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Actions_appear_only_as_the_readers_permissions_allow_and_post_with_antiforgery()
    {
        var author = await factory.NewMemberAsync("694", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("694", MunicipalityRoles.Reviewer);
        var viewer = await factory.NewMemberAsync("694", MunicipalityRoles.Viewer);
        var foreignReviewer = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public, "Toiminnot " + Guid.NewGuid().ToString("N")[..8]));

        var asAuthor = await factory.ClientFor(author.PersonId, author.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");
        Assert.Equal($"/kaytannot/{id}/muokkaa", asAuthor.QuerySelector(".practice-actions a[href$='/muokkaa']")!.GetAttribute("href"));
        Assert.Equal($"/kaytannot/{id}/poista", asAuthor.QuerySelector(".practice-actions a[href$='/poista']")!.GetAttribute("href"));
        Assert.Equal(["SubmitForReview"], Steps(asAuthor));
        var submit = asAuthor.QuerySelector(".step-form")!;
        Assert.Equal($"/kaytannot/{id}/tila", submit.GetAttribute("action"));
        Assert.Equal("post", submit.GetAttribute("method"));
        Assert.Equal("0", submit.QuerySelector("input[name=version]")!.GetAttribute("value"));
        Assert.False(string.IsNullOrEmpty(submit.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")));
        Assert.Equal("Luonnos", asAuthor.QuerySelector(".status-badge")!.TextContent.Trim());

        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 0)).AsTask());
        var asReviewer = await factory.ClientFor(reviewer.PersonId, reviewer.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");
        Assert.Equal(["Publish", "ReturnToAuthor"], Steps(asReviewer).Order());
        Assert.All(asReviewer.QuerySelectorAll(".step-form input[name=version]"), input => Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), input.GetAttribute("value")));
        var comment = asReviewer.QuerySelector(".step-form--comment textarea[name=comment]")!;
        Assert.True(comment.HasAttribute("required"));
        Assert.Equal("Palaute kirjoittajalle", asReviewer.QuerySelector($"label[for={comment.Id}]")!.TextContent.Trim());
        Assert.Equal("Tarkastettavana", asReviewer.QuerySelector(".status-badge")!.TextContent.Trim());
        Assert.NotNull(asReviewer.QuerySelector(".practice-actions a[href$='/muokkaa']"));

        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, version)).AsTask());
        var published = await factory.ClientFor(reviewer.PersonId, reviewer.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");
        Assert.Equal(["Archive"], Steps(published));
        Assert.NotNull(published.QuerySelector(".practice-actions a[href$='/muokkaa']"));
        foreach (var reader in new[] { viewer, foreignReviewer, author })
        {
            var page = await factory.ClientFor(reader.PersonId, reader.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");
            Assert.Null(page.QuerySelector(".practice-actions"));
            // The one form a reader without rights on the item has is the follow button.
            Assert.Equal(["/seuraa"], page.QuerySelectorAll("main form").Select(form => form.GetAttribute("action")));
        }
    }

    [Fact]
    public async Task A_returned_draft_shows_the_reviewers_comment_to_its_author()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public, "Palautettu " + Guid.NewGuid().ToString("N")[..8]));
        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 0)).AsTask());
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.ReturnToAuthor, version, "Lisää tulokset.\nJa kustannukset.")).AsTask());

        var document = await factory.ClientFor(author.PersonId, author.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");

        var comment = document.QuerySelector(".review-comment")!;
        Assert.Equal("Tarkastajan palaute", comment.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Lisää tulokset.\nJa kustannukset.", comment.QuerySelector(".review-comment__text")!.TextContent);
    }

    [Fact]
    public async Task An_archived_practice_is_marked_archived()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(Audience.Public, "Arkistoitava " + Guid.NewGuid().ToString("N")[..8]));
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(practice.Id, WorkflowStep.Archive, practice.Version)).AsTask());

        var document = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{practice.Id}");

        Assert.Equal("Arkistoitu", document.QuerySelector(".status-badge")!.TextContent.Trim());
        Assert.Contains("ei enää päivitetä", document.QuerySelector(".status-explanation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_practice_is_shown_only_to_the_municipality_admin_with_a_restore_form()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var admin = await factory.NewMemberAsync("316", MunicipalityRoles.MunicipalityAdmin);
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, async sender => await sender.Send(new DeletePractice(practice.Id, practice.Version)));

        var asAdmin = await factory.ClientFor(admin.PersonId, admin.MunicipalityId).GetDocumentAsync($"/kaytannot/{practice.Id}");
        using var asReviewer = await factory.ClientFor(practice.Reviewer.PersonId, practice.Reviewer.MunicipalityId).GetAsync($"/kaytannot/{practice.Id}");
        using var anonymously = await factory.CreateClient().GetAsync($"/kaytannot/{practice.Id}");

        Assert.Contains("Poistettu", asAdmin.QuerySelector(".banner--deleted")!.TextContent, StringComparison.Ordinal);
        var restore = asAdmin.QuerySelector(".banner--deleted form")!;
        Assert.Equal($"/kaytannot/{practice.Id}/palauta", restore.GetAttribute("action"));
        Assert.NotNull(restore.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(asAdmin.QuerySelector(".practice-actions"));
        Assert.Equal(HttpStatusCode.NotFound, asReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymously.StatusCode);
    }

    [Fact]
    public async Task The_history_shows_revisions_newest_first_with_word_diffs_and_names()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewerAccount = await factory.NewAccountAsync(("316", MunicipalityRoles.Reviewer));
        var reviewer = (reviewerAccount.PersonId, await factory.MunicipalityIdAsync("316"));
        var content = Practices.SampleContent(Audience.Public, "Historia " + Guid.NewGuid().ToString("N")[..8]);
        var id = await factory.CreateDraftAsync(author, content);
        var version = await factory.SubmitAndPublishAsync(author, reviewer, id);
        var edited = content with { Solution = "Ratkaisu: **tiimit** ja yhteinen sähköinen työjono." };
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new UpdatePractice(id, edited, version)).AsTask());

        var anonymous = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{id}/historia");
        var insider = await factory.ClientFor(reviewer.PersonId, reviewer.Item2).GetDocumentAsync($"/kaytannot/{id}/historia");

        Assert.Equal(["Versio 2", "Versio 1"], Texts(anonymous, ".revision h3"));
        var newest = anonymous.QuerySelector(".revision")!;
        Assert.Contains("Ratkaisu – miten käytäntö toimii", newest.TextContent, StringComparison.Ordinal);
        Assert.Contains(reviewerAccount.Name, newest.QuerySelector(".revision__meta")!.TextContent, StringComparison.Ordinal);
        var inserted = newest.QuerySelector(".diff ins")!;
        Assert.Equal("lisätty:", inserted.QuerySelector(".visually-hidden")!.TextContent.Trim());
        Assert.Contains("sähköinen", inserted.TextContent, StringComparison.Ordinal);
        Assert.Null(newest.QuerySelector(".diff del"));
        Assert.Contains("Ensimmäinen julkaistu versio.", anonymous.QuerySelectorAll(".revision")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(anonymous.QuerySelector(".change-log"));

        var rows = insider.QuerySelectorAll(".change-log tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Muokattu", "Julkaistu", "Lähetetty tarkastettavaksi", "Luotu"], rows.Select(row => row[2]).ToList());
        Assert.Equal(reviewerAccount.Name, rows[0][1]);
        Assert.Equal("Ratkaisu – miten käytäntö toimii", rows[0][3]);
        Assert.Equal("tuntematon", rows[^1][1]);
    }

    [Fact]
    public async Task A_changed_word_is_shown_as_removed_and_added_for_every_reader()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public, Practices.SampleContent(Audience.Public, "Vanha otsikko " + Guid.NewGuid().ToString("N")[..8]));
        var current = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(practice.Id)).AsTask());
        var renamed = current!.Content with { Title = current.Content.Title.Replace("Vanha", "Uusi", StringComparison.Ordinal) };
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new UpdatePractice(practice.Id, renamed, practice.Version)).AsTask());

        var document = await factory.CreateClient().GetDocumentAsync($"/kaytannot/{practice.Id}/historia");

        var diff = document.QuerySelector(".revision .diff")!;
        Assert.Equal("poistettu: Vanha", diff.QuerySelector("del")!.TextContent.Trim());
        Assert.Equal("lisätty: Uusi", diff.QuerySelector("ins")!.TextContent.Trim());
        Assert.Contains("Otsikko", document.QuerySelector(".revision")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_navigation_offers_practices_to_everyone_and_own_work_to_members()
    {
        var viewer = await factory.NewMemberAsync("316", MunicipalityRoles.Viewer);
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);

        var anonymous = await factory.CreateClient().GetDocumentAsync("/kaytannot");
        var asViewer = await factory.ClientFor(viewer.PersonId, viewer.MunicipalityId).GetDocumentAsync("/");
        var asAuthor = await factory.ClientFor(author.PersonId, author.MunicipalityId).GetDocumentAsync("/");

        Assert.Equal(["/", "/kaytannot", "/hankkeet", "/kaytannot/uusimmat", "/prosessit", "/mittarit", "/kunnat"], NavLinks(anonymous));
        Assert.Equal("page", anonymous.QuerySelector(".main-nav a[href='/kaytannot']")!.GetAttribute("aria-current"));
        Assert.Contains("/kunta/kaytannot", NavLinks(asViewer));
        Assert.DoesNotContain("/kaytannot/uusi", NavLinks(asViewer));
        Assert.Contains("/kunta/prosessit", NavLinks(asViewer));
        Assert.DoesNotContain("/prosessit/uusi", NavLinks(asViewer));
        Assert.Contains("/prosessit/uusi", NavLinks(asAuthor));
        Assert.Contains("/kunta/kaytannot", NavLinks(asAuthor));
        Assert.Contains("/kaytannot/uusi", NavLinks(asAuthor));
    }

    [Fact]
    public async Task Every_practice_page_has_one_h1_and_the_layout_landmarks()
    {
        var practice = await factory.PublishedPracticeAsync("316");
        foreach (var url in new[] { "/kaytannot", "/kaytannot/uusimmat", $"/kaytannot/{practice.Id}", $"/kaytannot/{practice.Id}/historia" })
        {
            var document = await factory.CreateClient().GetDocumentAsync(url);
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.All(document.QuerySelectorAll("main [id]").GroupBy(element => element.Id), group => Assert.Single(group));
        }
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Every_text_on_the_practice_pages_is_translated(string language)
    {
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public, "Käännökset " + Guid.NewGuid().ToString("N")[..8]));
        await factory.AttachAsync(author, MunicipalityRoles.Author, id, "liite.txt", "liite"u8.ToArray());
        // Version 1: attaching the file moved the version on.
        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 1)).AsTask());
        version = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, version)).AsTask());
        var current = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(id)).AsTask());
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new UpdatePractice(id, current!.Content with { Title = current.Content.Title + " 2" }, version)).AsTask());
        var client = factory.ClientFor(reviewer.PersonId, reviewer.MunicipalityId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        foreach (var url in new[] { $"/kaytannot/{id}", $"/kaytannot/{id}/historia", "/kaytannot?kunta=316&teema=PeopleAndLeadership&vuosi=x&arkistoidut=true", "/kaytannot/uusimmat", "/kunnat/316", "/" })
        {
            var document = await client.GetDocumentAsync(url);
            var texts = document.Body!.TextContent + " " + string.Join(" ", document.All.SelectMany(element => element.Attributes)
                .Where(attribute => attribute.Name is "aria-label" or "label" or "title").Select(attribute => attribute.Value));
            var untranslated = Regex.Matches(texts, @"\b(Browse|Details|History|Nav|Field|Theme|Stage|Status|Step|Audience|EvidenceLevel|Language|TargetGroup)\.[A-Za-z.]+")
                .Select(match => match.Value).ToList();
            Assert.True(untranslated.Count == 0, $"{url} in {language}: {string.Join(", ", untranslated)}");
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task A_message_from_the_write_side_is_shown_as_a_status()
    {
        var practice = await factory.PublishedPracticeAsync("316");
        using var session = new WebSession(factory);
        var cookie = await factory.InScopeAsync(null, services =>
        {
            var context = new DefaultHttpContext { RequestServices = services };
            services.GetRequiredService<ITempDataProvider>().SaveTempData(context, new Dictionary<string, object> { ["PracticeMessage"] = "Muutokset tallennettiin." });
            return Task.FromResult(context.Response.Headers.SetCookie.ToString().Split(';')[0]);
        });
        session.Client.DefaultRequestHeaders.Add("Cookie", cookie);

        var first = await session.GetAsync($"/kaytannot/{practice.Id}");

        Assert.Equal("Muutokset tallennettiin.", first.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    private static List<string> Texts(IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(element => element.TextContent.Trim()).ToList();

    private static List<string> NavLinks(IDocument document) =>
        document.QuerySelectorAll(".main-nav a").Select(link => link.GetAttribute("href")!).ToList();

    private static List<string> Steps(IDocument document) =>
        document.QuerySelectorAll(".practice-actions .step-form input[name=step]").Select(input => input.GetAttribute("value")!).ToList();

    private static string? Fact(IDocument document, string term) =>
        document.QuerySelectorAll(".practice-facts div").FirstOrDefault(item => item.QuerySelector("dt")!.TextContent.Trim() == term)?.QuerySelector("dd")!.TextContent.Trim();
}
