using System.Net;
using AngleSharp.Dom;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The practice editor through its real forms: create, validation, preview, more rows, edit and conflicts.</summary>
public sealed class PracticeEditorTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string EditorForm = "form[data-practice-editor]";

    [Fact]
    public async Task An_author_creates_a_practice_with_every_kind_of_field_and_it_is_stored_exactly()
    {
        var (session, author) = await SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var page = await session.GetAsync("/kaytannot/uusi");

        using var response = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string>
            {
                ["title"] = "  Ikäihmisten digituki kirjastossa ",
                ["summary"] = "Kirjasto opastaa ikäihmisiä digiasioinnissa.",
                ["needAndGoals"] = "Moni ikäihminen tarvitsee apua.",
                ["solution"] = "## Näin toimimme\n\n- **viikoittainen** vastaanotto\n- vertaisopastajat",
                ["resultsAndEvidence"] = "200 opastusta vuodessa.",
                ["resourcesAndCosts"] = "Kaksi kirjastovirkailijaa, 2 h viikossa.",
                ["conditionsForAdoption"] = "Kirjasto ja vapaaehtoiset.",
                ["stage"] = nameof(PracticeStage.Piloted),
                ["evidenceLevel"] = nameof(EvidenceLevel.Evaluated),
                ["language"] = "sv",
                ["audience"] = nameof(Audience.Public),
                ["tags"] = "digituki, kirjasto ,  vertaisopastus",
                ["contacts[0].name"] = "Liisa Kirjasto",
                ["contacts[0].title"] = "Kirjastonjohtaja",
                ["contacts[0].email"] = "liisa@example.fi",
                ["contacts[0].phone"] = "+358 40 111 2222",
                ["contacts[1].name"] = "Pekka Opastaja",
                ["contacts[1].email"] = "pekka@example.fi",
                ["links[0].title"] = "Esittely",
                ["links[0].url"] = "https://example.fi/digituki",
                ["awards[0].name"] = "Vuoden kirjastoteko",
                ["awards[0].year"] = "2023",
                ["awards[0].grantedBy"] = "Kirjastoseura",
            })
            .Set("themes", nameof(Theme.Digitalisation), nameof(Theme.WellbeingAndHealth))
            .Set("targetGroups", nameof(TargetGroup.OlderPeople), nameof(TargetGroup.Residents))
            .SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Replace("/kaytannot/", string.Empty, StringComparison.Ordinal));
        var saved = (await OpenAsync(author, MunicipalityRoles.Author, id))!;
        var expected = new PracticeContent("Ikäihmisten digituki kirjastossa", "Kirjasto opastaa ikäihmisiä digiasioinnissa.",
            "Moni ikäihminen tarvitsee apua.", "## Näin toimimme\n\n- **viikoittainen** vastaanotto\n- vertaisopastajat",
            "200 opastusta vuodessa.", "Kaksi kirjastovirkailijaa, 2 h viikossa.", "Kirjasto ja vapaaehtoiset.",
            PracticeStage.Piloted, EvidenceLevel.Evaluated, "sv", Audience.Public,
            [Theme.WellbeingAndHealth, Theme.Digitalisation], ["digituki", "kirjasto", "vertaisopastus"],
            [TargetGroup.Residents, TargetGroup.OlderPeople],
            [new ContactPerson("Liisa Kirjasto", "Kirjastonjohtaja", "liisa@example.fi", "+358 40 111 2222"), new ContactPerson("Pekka Opastaja", null, "pekka@example.fi", null)],
            [new ContentLink("Esittely", "https://example.fi/digituki")],
            [new Award("Vuoden kirjastoteko", 2023, "Kirjastoseura")]);
        Assert.Empty(saved.Content.ChangedFields(expected));
        Assert.Equal(PublicationStatus.Draft, saved.Status);

        var ownList = await session.GetAsync("/kunta/kaytannot");
        Assert.Contains("Käytäntö tallennettiin luonnokseksi.", ownList.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ownList.QuerySelectorAll("table a"), link => link.GetAttribute("href") == $"/kaytannot/{id}");
    }

    [Fact]
    public async Task Validation_errors_are_shown_next_to_their_fields_and_everything_typed_is_kept()
    {
        var (session, author) = await SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var page = await session.GetAsync("/kaytannot/uusi");

        using var response = await FormPost.From(page, EditorForm)
            .Set(new Dictionary<string, string>
            {
                ["title"] = " ",
                ["summary"] = "Tiivistelmä jää talteen.",
                ["solution"] = "Pitkä ratkaisu, jota ei saa hukata.\nToinen rivi.",
                ["tags"] = "yksi, kaksi",
                ["contacts[0].name"] = "Kelpo Yhteyshenkilö",
                ["contacts[1].name"] = "Virheellinen Osoite",
                ["contacts[1].email"] = "ei-osoite",
                ["links[0].title"] = "Tiedostopalvelin",
                ["links[0].url"] = "ftp://example.fi/tiedosto",
                ["awards[0].name"] = "Palkinto",
                ["awards[0].year"] = "20x1",
            })
            .Set("themes")
            .SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await Html.ParseAsync(response);
        var summary = form.QuerySelector(".error-summary")!;
        Assert.Equal(
            new[] { "#title", "#stage", "#evidenceLevel", "#themes", "#contacts[1].email", "#links[0].url", "#awards[0].year" }.Order(),
            summary.QuerySelectorAll("a").Select(link => link.GetAttribute("href")!).Order());
        AssertFieldError(form, "title", "Anna otsikko");
        AssertFieldError(form, "contacts[1].email", "Yhteyshenkilö 2: tarkista sähköpostiosoite");
        AssertFieldError(form, "links[0].url", "Linkki 1: anna koko verkko-osoite");
        AssertFieldError(form, "awards[0].year", "Palkinto 1: anna vuosi numeroina");
        Assert.Contains("Valitse 1–5 teemaa.", form.QuerySelector("#themes-error")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("Tiivistelmä jää talteen.", Field(form, "summary"));
        Assert.Equal("Pitkä ratkaisu, jota ei saa hukata.\nToinen rivi.", Field(form, "solution"));
        Assert.Equal("yksi, kaksi", Field(form, "tags"));
        Assert.Equal("Kelpo Yhteyshenkilö", Field(form, "contacts[0].name"));
        Assert.Equal("ei-osoite", Field(form, "contacts[1].email"));
        Assert.Equal("ftp://example.fi/tiedosto", Field(form, "links[0].url"));
        Assert.Equal("20x1", Field(form, "awards[0].year"));
        Assert.Equal(0, await OwnPracticeCountAsync(author));
    }

    [Fact]
    public async Task Empty_rows_are_ignored_and_add_rows_gives_more_without_losing_input()
    {
        var (session, author) = await SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var page = await session.GetAsync("/kaytannot/uusi");
        Assert.Equal(2, page.QuerySelectorAll("input[name$='].name'][name^='contacts']").Length);

        using var more = await FormPost.From(page, EditorForm)
            .Set("title", "Rivejä lisää")
            .Set("contacts[1].name", "Toisen rivin henkilö")
            .Using(page, "button[name=moreRows][value=contacts]")
            .SendAsync(session.Client);

        var withRows = await Html.ParseAsync(more);
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Empty(withRows.QuerySelectorAll(".error-summary"));
        Assert.Equal("Rivejä lisää", Field(withRows, "title"));
        Assert.Equal("Toisen rivin henkilö", Field(withRows, "contacts[0].name"));
        Assert.Equal(5, withRows.QuerySelectorAll("input[name^='contacts'][name$='].name']").Length);

        using var saved = await FormPost.From(withRows, EditorForm)
            .Set(ValidBasics())
            .Set("themes", nameof(Theme.Education))
            .Set("contacts[3].name", "Neljännen rivin henkilö")
            .SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var practice = (await OpenAsync(author, MunicipalityRoles.Author, IdFrom(saved)))!;
        Assert.Equal(["Toisen rivin henkilö", "Neljännen rivin henkilö"], practice.Content.Contacts.Select(contact => contact.Name));
        Assert.Empty(practice.Content.Links);
        Assert.Empty(practice.Content.Awards);
    }

    [Fact]
    public async Task The_preview_renders_markdown_and_leaves_a_script_payload_inert()
    {
        var (session, _) = await SignedInAsync("316", MunicipalityRoles.Author);
        using var __ = session;
        var page = await session.GetAsync("/kaytannot/uusi");
        const string attack = "**vahva** ja [linkki](https://example.fi)\n\n<script>alert('x')</script>\n\n[paha](javascript:alert(1))\n\n"
            + "<img src=x onerror=alert(1)> <a href=\"https://example.fi\" onclick=\"alert(1)\">klik</a>";

        using var response = await FormPost.From(page, EditorForm)
            .Set("title", "<script>alert('otsikko')</script>")
            .Set("solution", attack)
            .Using(page, "button[data-preview-button]")
            .SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        var preview = document.QuerySelector("#esikatselu")!;
        Assert.Equal("vahva", preview.QuerySelector("[data-preview-field=solution] strong")!.TextContent);
        Assert.NotNull(preview.QuerySelector("a[href='https://example.fi']"));
        Assert.Equal("<script>alert('otsikko')</script>", preview.QuerySelector("h3")!.TextContent);
        AssertInert(preview);
        Assert.All(document.QuerySelectorAll("script"), script => Assert.StartsWith("/js/", script.GetAttribute("src") ?? "inline", StringComparison.Ordinal));
        Assert.Equal(attack, Field(document, "solution"));

        using var fragment = await FormPost.From(page, EditorForm)
            .Set("solution", attack)
            .Set("title", "Esikatselu ilman sivun latausta")
            .Using(page, "button[data-preview-button]")
            .SendToAsync(session.Client, page.QuerySelector(EditorForm)!.GetAttribute("data-preview-url")!);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        var fragmentDocument = await Html.ParseAsync(fragment);
        Assert.Null(fragmentDocument.QuerySelector("header"));
        Assert.Equal("vahva", fragmentDocument.QuerySelector("[data-preview-region] strong")!.TextContent);
        AssertInert(fragmentDocument.DocumentElement);
    }

    [Fact]
    public async Task A_concurrent_save_is_a_conflict_that_shows_both_versions_and_keeps_the_later_editors_input()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Network);
        var (first, firstReviewer) = await SignedInAsync("316", MunicipalityRoles.Reviewer);
        var (second, _) = await SignedInAsync("316", MunicipalityRoles.Reviewer);
        using var a = first;
        using var b = second;
        var editUrl = $"/kaytannot/{practice.Id}/muokkaa";
        var pageA = await a.GetAsync(editUrl);
        var pageB = await b.GetAsync(editUrl);

        using var savedA = await FormPost.From(pageA, EditorForm).Set("solution", "Ratkaisu A:n sanoin.").SendAsync(a.Client);
        using var savedB = await FormPost.From(pageB, EditorForm)
            .Set("solution", "Ratkaisu B:n sanoin.")
            .Set("summary", "B:n tiivistelmä.")
            .SendAsync(b.Client);

        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, savedB.StatusCode);
        var conflict = await Html.ParseAsync(savedB);
        Assert.Equal("Joku muu muutti tätä käytäntöä sillä välin", conflict.QuerySelector(".conflict h2")!.TextContent);
        Assert.Contains(firstReviewer.Name, conflict.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ratkaisu A:n sanoin.", conflict.QuerySelector("[data-conflict-saved=solution]")!.TextContent);
        Assert.Equal("Ratkaisu B:n sanoin.", conflict.QuerySelector("[data-conflict-yours=solution]")!.TextContent);
        Assert.Equal("B:n tiivistelmä.", conflict.QuerySelector("[data-conflict-yours=summary]")!.TextContent);
        Assert.Null(conflict.QuerySelector("[data-conflict-saved=title]"));
        Assert.Contains(conflict.QuerySelectorAll(".conflict-diff ins"), inserted => inserted.TextContent.Contains('B', StringComparison.Ordinal));
        Assert.Equal("Ratkaisu B:n sanoin.", Field(conflict, "solution"));
        Assert.Equal("B:n tiivistelmä.", Field(conflict, "summary"));
        var current = (await OpenAsync(firstReviewer, MunicipalityRoles.Reviewer, practice.Id))!;
        Assert.Equal("Ratkaisu A:n sanoin.", current.Content.Solution);
        Assert.Equal(current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), conflict.QuerySelector("input[name=version]")!.GetAttribute("value"));

        using var overwritten = await FormPost.From(conflict, EditorForm).SendAsync(b.Client);

        Assert.Equal(HttpStatusCode.Redirect, overwritten.StatusCode);
        var final = (await OpenAsync(firstReviewer, MunicipalityRoles.Reviewer, practice.Id))!;
        Assert.Equal("Ratkaisu B:n sanoin.", final.Content.Solution);
        Assert.Equal("B:n tiivistelmä.", final.Content.Summary);
    }

    [Fact]
    public async Task An_author_whose_draft_was_published_meanwhile_keeps_the_typed_text_to_copy()
    {
        var (session, author) = await SignedInAsync("316", MunicipalityRoles.Author);
        using var _ = session;
        var reviewer = await factory.NewAccountAsync(("316", MunicipalityRoles.Reviewer));
        var id = await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        var page = await session.GetAsync($"/kaytannot/{id}/muokkaa");
        await factory.AsAccountAsync(reviewer, "316", MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, 0)).AsTask());

        using var response = await FormPost.From(page, EditorForm).Set("solution", "Pitkä uusi teksti, joka ei saa kadota.").SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var kept = await Html.ParseAsync(response);
        Assert.Equal("Et voi enää tallentaa tätä käytäntöä", kept.QuerySelector(".conflict h2")!.TextContent);
        Assert.Contains("Julkaistu", kept.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pitkä uusi teksti, joka ei saa kadota.", Field(kept, "solution"));
        Assert.Equal(Practices.SampleContent().Solution, (await OpenAsync(author, MunicipalityRoles.Author, id))!.Content.Solution);
    }

    [Fact]
    public async Task A_published_practice_offers_a_minor_change_that_is_recorded_as_such()
    {
        var practice = await factory.PublishedPracticeAsync("316");
        var (session, reviewer) = await SignedInAsync("316", MunicipalityRoles.Reviewer);
        using var _ = session;
        var page = await session.GetAsync($"/kaytannot/{practice.Id}/muokkaa");
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=minorChange]"));
        Assert.Equal("Tiimityö toimistopalveluissa", Field(page, "title"));

        using var saved = await FormPost.From(page, EditorForm)
            .Set("summary", "Toimistopalvelut siirtyivät tiimimalliin (korjattu kirjoitusvirhe).")
            .Set("minorChange", "true")
            .SendAsync(session.Client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/kaytannot/{practice.Id}", saved.Headers.Location!.OriginalString);
        var history = await factory.AsAccountAsync(reviewer, "316", MunicipalityRoles.Reviewer, sender => sender.Send(new GetPracticeHistory(practice.Id)).AsTask());
        var edit = history!.Changes.First(change => change.Kind == ContentChangeKind.Edited);
        Assert.Equal("minor", edit.Comment);
        Assert.Equal(["summary"], edit.Fields);

        var draftId = await factory.AsMemberAsync(practice.Author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        var draftPage = await session.GetAsync($"/kaytannot/{draftId}/muokkaa");
        Assert.Null(draftPage.QuerySelector("input[name=minorChange]"));
    }

    [Fact]
    public async Task Only_those_who_may_edit_open_the_editor_and_other_municipalities_get_not_found()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Network);
        var draftId = await factory.AsMemberAsync(practice.Author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());

        Assert.Equal(HttpStatusCode.Forbidden, await StatusForAsync(("316", MunicipalityRoles.Viewer), $"/kaytannot/{practice.Id}/muokkaa"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusForAsync(("316", MunicipalityRoles.Author), $"/kaytannot/{practice.Id}/muokkaa"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusForAsync(("316", MunicipalityRoles.Author), $"/kaytannot/{draftId}/muokkaa"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusForAsync(("049", MunicipalityRoles.Reviewer), $"/kaytannot/{practice.Id}/muokkaa"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusForAsync(("049", MunicipalityRoles.Reviewer), $"/kaytannot/{draftId}/muokkaa"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusForAsync(("316", MunicipalityRoles.Reviewer), $"/kaytannot/{Guid.NewGuid()}/muokkaa"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusForAsync(("316", MunicipalityRoles.Viewer), "/kaytannot/uusi"));
    }

    [Fact]
    public async Task Another_municipalitys_reviewer_cannot_save_over_a_practice_with_a_valid_form()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var (own, ownReviewer) = await SignedInAsync("316", MunicipalityRoles.Reviewer);
        var (foreign, _) = await SignedInAsync("049", MunicipalityRoles.Reviewer);
        using var a = own;
        using var b = foreign;
        var page = await a.GetAsync($"/kaytannot/{practice.Id}/muokkaa");
        var foreignToken = await b.FormTokenAsync();

        using var response = await FormPost.From(page, EditorForm)
            .Set("__RequestVerificationToken", foreignToken)
            .Set("title", "Kaapattu")
            .SendAsync(b.Client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Tiimityö toimistopalveluissa", (await OpenAsync(ownReviewer, MunicipalityRoles.Reviewer, practice.Id))!.Content.Title);
    }

    private async Task<HttpStatusCode> StatusForAsync((string Code, MunicipalityRoles Roles) membership, string url)
    {
        var (session, _) = await SignedInAsync(membership.Code, membership.Roles);
        using var _ = session;
        using var response = await session.GetResponseAsync(url);
        return response.StatusCode;
    }

    private static Dictionary<string, string> ValidBasics() => new()
    {
        ["title"] = "Kelvollinen käytäntö",
        ["summary"] = "Lyhyt tiivistelmä.",
        ["solution"] = "Ratkaisu.",
        ["stage"] = nameof(PracticeStage.InUse),
        ["evidenceLevel"] = nameof(EvidenceLevel.Anecdotal),
    };

    private static Guid IdFrom(HttpResponseMessage redirect) =>
        Guid.Parse(redirect.Headers.Location!.OriginalString.Replace("/kaytannot/", string.Empty, StringComparison.Ordinal));

    internal static string? Field(IDocument page, string id) => page.GetElementById(id) switch
    {
        AngleSharp.Html.Dom.IHtmlTextAreaElement textarea => textarea.Value,
        AngleSharp.Html.Dom.IHtmlInputElement input => input.Value,
        _ => null,
    };

    private static void AssertFieldError(IDocument page, string id, string message)
    {
        var input = page.GetElementById(id)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"{id}-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains(message, page.GetElementById($"{id}-error")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>No element from user content that could run script: no script, no event handler, no javascript: link.</summary>
    internal static void AssertInert(IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, iframe, object, embed, img"));
        Assert.DoesNotContain(root.QuerySelectorAll("*"), element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(root.QuerySelectorAll("[href], [src]"), element =>
            (element.GetAttribute("href") ?? element.GetAttribute("src") ?? string.Empty).Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    private Task<(WebSession Session, Accounts.TestAccount Account)> SignedInAsync(string code, MunicipalityRoles roles) =>
        factory.SignedInAsync(code, roles);

    private Task<PracticeDetails?> OpenAsync(Accounts.TestAccount who, MunicipalityRoles roles, Guid id) => factory.PracticeAsAsync(who, roles, id);

    private async Task<int> OwnPracticeCountAsync(Accounts.TestAccount who) =>
        (await factory.AsAccountAsync(who, "316", MunicipalityRoles.Author, sender => sender.Send(new ListMunicipalityPractices(PublicationStatus.Draft)).AsTask()))
            .Items.Count(item => item.CreatedBy == who.PersonId);
}
