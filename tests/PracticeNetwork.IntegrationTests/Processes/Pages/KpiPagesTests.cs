using System.Net;
using AngleSharp.Dom;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.Processes;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The KPI pages through their real forms: a KPI added, refused, edited over a stale version and removed; values
/// recorded, corrected and their history; who may see and who may change them.
/// </summary>
public sealed class KpiPagesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string KpiForm = "form.kpi-form";
    private const string ValueForm = "form.kpi-value-form";

    private static string NewKpi(Guid id) => $"/prosessit/{id}/mittarit/uusi";

    private static string EditKpi(Guid id, Guid kpiId) => $"/prosessit/{id}/mittarit/{kpiId}/muokkaa";

    private static string RemoveKpi(Guid id, Guid kpiId) => $"/prosessit/{id}/mittarit/{kpiId}/poista";

    private static string Values(Guid id, Guid kpiId) => $"/prosessit/{id}/mittarit/{kpiId}/arvot";

    [Fact]
    public async Task An_author_adds_a_KPI_through_the_form_with_decimal_commas_and_it_is_stored_exactly()
    {
        var process = await factory.MeasuredProcessAsync("433", publish: false);
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(NewKpi(process.Id));
        var network = NetworkKpiCatalogue.SalesInvoiceProcessingTime;

        using var response = await FormPost.From(page, KpiForm)
            .Set(new Dictionary<string, string>
            {
                ["name"] = "  Ostolaskun käsittelyaika ",
                ["definition"] = "Päivät saapumisesta maksuun.",
                ["formula"] = "Σ päivät / laskut",
                ["networkKpi"] = network.Id.ToString(),
                ["unit"] = "pv",
                ["direction"] = nameof(KpiDirection.LowerIsBetter),
                ["frequency"] = nameof(KpiFrequency.Monthly),
                ["baseline"] = "12,75",
                ["target"] = "5,5",
                ["dataSource"] = "Taloushallinnon raportti",
                ["owner"] = "Talouspäällikkö",
            })
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kpi = (await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis.Single(item => item.Fields.Name == "Ostolaskun käsittelyaika");
        Assert.Equal(new KpiFields("Ostolaskun käsittelyaika", "Päivät saapumisesta maksuun.", "Σ päivät / laskut", "pv", 12.75m, 5.5m,
            KpiDirection.LowerIsBetter, KpiFrequency.Monthly, "Taloushallinnon raportti", "Talouspäällikkö", network.Id), kpi.Fields);
        Assert.Equal($"/prosessit/{process.Id}#mittari-{kpi.Id:N}", response.Headers.Location!.OriginalString);
        Assert.Equal("Mittari ”Ostolaskun käsittelyaika” lisättiin.", (await client.GetDocumentAsync($"/prosessit/{process.Id}")).Text(".notice"));
        Assert.Equal(network.NameFi + " (pv)", page.QuerySelector($"#networkKpi option[value='{network.Id}']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Refused_fields_come_back_with_their_errors_by_the_inputs_and_everything_as_typed()
    {
        var process = await factory.MeasuredProcessAsync("433", publish: false);
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(NewKpi(process.Id));

        using var response = await FormPost.From(page, KpiForm)
            .Set(new Dictionary<string, string>
            {
                ["name"] = "",
                ["definition"] = "Päivät saapumisesta maksuun.",
                ["unit"] = "kpl",
                ["networkKpi"] = NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id.ToString(),
                ["direction"] = nameof(KpiDirection.LowerIsBetter),
                ["baseline"] = "paljon",
                ["target"] = "5,5",
            })
            .SendAsync(client);

        var refused = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Anna lähtötaso lukuna, esimerkiksi 5,5 (enintään 4 desimaalia, −1 000 000 000 … 1 000 000 000), tai jätä se tyhjäksi.", refused.FieldError("baseline"));
        Assert.Equal("paljon", refused.GetElementById("baseline")!.GetAttribute("value"));
        Assert.Equal("5,5", refused.GetElementById("target")!.GetAttribute("value"));
        Assert.Equal("true", refused.GetElementById("baseline")!.GetAttribute("aria-invalid"));
        Assert.Equal("#baseline", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));

        using var numbersFixed = await FormPost.From(refused, KpiForm).Set("baseline", "8").SendAsync(client);
        var noName = await Html.ParseAsync(numbersFixed);
        Assert.Equal(HttpStatusCode.OK, numbersFixed.StatusCode);
        Assert.StartsWith("Anna mittarille nimi", noName.FieldError("name"), StringComparison.Ordinal);
        Assert.Equal("#name", noName.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Päivät saapumisesta maksuun.", noName.GetElementById("definition")!.TextContent.Trim());

        using var named = await FormPost.From(noName, KpiForm).Set("name", "Ostolaskun käsittelyaika").SendAsync(client);
        var wrongUnit = await Html.ParseAsync(named);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.StartsWith("Anna yksikkö", wrongUnit.FieldError("unit"), StringComparison.Ordinal);
        Assert.Equal("kpl", wrongUnit.GetElementById("unit")!.GetAttribute("value"));
        Assert.Equal("8", wrongUnit.GetElementById("baseline")!.GetAttribute("value"));
        Assert.True(wrongUnit.GetElementById("direction-LowerIsBetter")!.HasAttribute("checked"));
        Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis);
    }

    [Fact]
    public async Task An_edit_over_a_stale_version_shows_the_conflict_and_saves_nothing()
    {
        var process = await factory.MeasuredProcessAsync("433", publish: false);
        using var author = factory.BrowserFor(process.Author);
        using var reviewer = factory.BrowserFor(process.Reviewer);
        var theirs = await reviewer.GetDocumentAsync(EditKpi(process.Id, process.KpiId));
        var mine = await author.GetDocumentAsync(EditKpi(process.Id, process.KpiId));

        using var saved = await FormPost.From(theirs, KpiForm).Set("target", "4,5").SendAsync(reviewer);
        using var conflict = await FormPost.From(mine, KpiForm).Set("target", "3").Set("name", "Käsittelyaika").SendAsync(author);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/prosessit/{process.Id}#mittari-{process.KpiId:N}", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Equal("Joku muu muutti prosessia sillä välin", page.Text("#conflict-title"));
        Assert.Equal("4,5", page.Text("[data-conflict-saved=target]"));
        Assert.Equal("3", page.Text("[data-conflict-yours=target]"));
        Assert.Equal("Käsittelyaika", page.GetElementById("name")!.GetAttribute("value"));
        var kpi = Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis);
        Assert.Equal((SampleKpi().Name, 4.5m), (kpi.Fields.Name, kpi.Fields.Target));

        using var again = await FormPost.From(page, KpiForm).SendAsync(author);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3m, Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Fields.Target);
    }

    [Fact]
    public async Task An_author_removes_a_KPI_with_its_values_after_confirming()
    {
        var process = await factory.MeasuredProcessAsync("433");
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2025, 1), 7m));
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(RemoveKpi(process.Id, process.KpiId));

        using var response = await FormPost.From(page, "form.kpi-remove-form").SendAsync(client);

        Assert.Contains("Mittarilla on 1 kirjattua arvoa.", page.Text(".narrow"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/prosessit/{process.Id}", response.Headers.Location!.OriginalString);
        Assert.Empty((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Values(process.Id, process.KpiId))).StatusCode);
    }

    [Fact]
    public async Task A_recorded_value_shows_in_the_table_and_the_charts_data_table_and_a_correction_keeps_the_earlier_one_in_the_history()
    {
        var process = await factory.MeasuredProcessAsync("433");
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(Values(process.Id, process.KpiId));

        using var recorded = await FormPost.From(page, ValueForm)
            .Set(new Dictionary<string, string> { ["period"] = "3/2025", ["value"] = "6,5", ["note"] = "alustava" })
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(Values(process.Id, process.KpiId), recorded.Headers.Location!.OriginalString);
        var values = await client.GetDocumentAsync(Values(process.Id, process.KpiId));
        Assert.Equal("Jakson 3/2025 arvo 6,5 pv tallennettiin.", values.Text(".notice"));
        Assert.Equal(["3/2025", "6,5 pv", "alustava"], RowTexts(values, "2025-03").Take(3));
        Assert.Equal(["3/2025", "6,5"], values.Texts($"#kaavio-{process.KpiId:N}-taulukko tbody tr:last-child th, #kaavio-{process.KpiId:N}-taulukko tbody tr:last-child td.numeric"));

        var correcting = await client.GetDocumentAsync(values.QuerySelector("tr[data-period='2025-03'] a.kpi-values__correct")!.GetAttribute("href")!);
        Assert.Equal(("2025-03", "6,5"), (correcting.GetElementById("period")!.GetAttribute("value"), correcting.GetElementById("value")!.GetAttribute("value")));
        using var corrected = await FormPost.From(correcting, ValueForm).Set("value", "5,25").Set("note", "tarkistettu").SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var after = await client.GetDocumentAsync(Values(process.Id, process.KpiId));
        Assert.Equal(["3/2025", "5,25 pv", "tarkistettu"], RowTexts(after, "2025-03").Take(3));
        Assert.Equal("1", RowTexts(after, "2025-03")[4]);
        var history = await client.GetDocumentAsync(after.QuerySelector("tr[data-period='2025-03'] a[href$='/arvot/2025-03']")!.GetAttribute("href")!);
        Assert.Equal(["5,25 pv", "6,5 pv"], history.Texts(".kpi-value-history__value"));
        Assert.Equal(["5,25 pv"], history.Texts(".kpi-value-history__current .kpi-value-history__value"));
        Assert.Contains("alustava", history.Text(".kpi-value-history li:last-child"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_values_history_names_who_recorded_it_to_the_owners_editors_only()
    {
        var process = await factory.MeasuredProcessAsync("433", Audience.Public);
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2025, 5), 7m));
        var historyUrl = $"{Values(process.Id, process.KpiId)}/2025-05";
        var viewer = await factory.ActorAsync("049", MunicipalityRoles.Viewer);

        using var authorClient = factory.BrowserFor(process.Author);
        using var viewerClient = factory.BrowserFor(viewer);
        using var anonymous = factory.BrowserFor(null);
        var own = (await authorClient.GetDocumentAsync(historyUrl)).Text(".kpi-value-history li > p.help");
        var foreign = (await viewerClient.GetDocumentAsync(historyUrl)).Text(".kpi-value-history li > p.help");
        var visitor = (await anonymous.GetDocumentAsync(historyUrl)).Text(".kpi-value-history li > p.help");

        Assert.StartsWith("Kirjasi ", own, StringComparison.Ordinal);
        Assert.StartsWith("Kirjattu ", foreign, StringComparison.Ordinal);
        Assert.Equal(foreign, visitor);
    }

    [Fact]
    public async Task A_period_that_already_has_a_value_is_refused_without_a_correction_and_is_not_written_over()
    {
        var process = await factory.MeasuredProcessAsync("433");
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2025, 4), 7m));
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(Values(process.Id, process.KpiId));

        using var response = await FormPost.From(page, ValueForm)
            .Set(new Dictionary<string, string> { ["period"] = "2025-04", ["value"] = "2" })
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var refused = await Html.ParseAsync(response);
        Assert.Equal("Jaksolle 4/2025 on jo kirjattu arvo 7 pv. Arvoa ei korvattu: korjaa se, jos se on väärin.", refused.FieldError("period"));
        Assert.Equal("2", refused.GetElementById("value")!.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector($"{ValueForm} a[href*='korjaa=2025-04']"));
        Assert.Equal(7m, Assert.Single(Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements).Value);
    }

    [Fact]
    public async Task A_period_and_a_value_that_cannot_be_read_are_refused_by_their_fields()
    {
        var process = await factory.MeasuredProcessAsync("433");
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(Values(process.Id, process.KpiId));

        using var response = await FormPost.From(page, ValueForm)
            .Set(new Dictionary<string, string> { ["period"] = "2025-Q1", ["value"] = "1,2.3" })
            .SendAsync(client);

        var refused = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Anna jakso, esimerkiksi 2025-03 tai 3/2025.", refused.FieldError("period"));
        Assert.StartsWith("Anna arvo lukuna", refused.FieldError("value"), StringComparison.Ordinal);
        Assert.Equal("2025-Q1", refused.GetElementById("period")!.GetAttribute("value"));
        Assert.Empty(Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements);
    }

    [Fact]
    public async Task A_correction_of_a_value_someone_else_corrected_meanwhile_is_a_conflict()
    {
        var process = await factory.MeasuredProcessAsync("433");
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2025, 5), 9m));
        using var author = factory.BrowserFor(process.Author);
        using var reviewer = factory.BrowserFor(process.Reviewer);
        var correct = Values(process.Id, process.KpiId) + "?korjaa=2025-05";
        var theirs = await reviewer.GetDocumentAsync(correct);
        var mine = await author.GetDocumentAsync(correct);

        using var saved = await FormPost.From(theirs, ValueForm).Set("value", "8").SendAsync(reviewer);
        using var stale = await FormPost.From(mine, ValueForm).Set("value", "1").SendAsync(author);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await Html.ParseAsync(stale);
        Assert.Contains("se on nyt 8 pv", page.Text(".kpi-value-editor .conflict"), StringComparison.Ordinal);
        Assert.Equal("1", page.GetElementById("value")!.GetAttribute("value"));
        Assert.Equal(8m, Assert.Single(Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements).Value);
    }

    [Fact]
    public async Task A_viewer_sees_the_values_and_their_history_but_no_form()
    {
        var process = await factory.MeasuredProcessAsync("433");
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2025, 6), 4m));
        using var viewer = factory.BrowserFor(await factory.ActorAsync("433", MunicipalityRoles.Viewer));

        var page = await viewer.GetDocumentAsync(Values(process.Id, process.KpiId));
        using var history = await viewer.GetAsync(Values(process.Id, process.KpiId) + "/2025-06");
        using var correcting = await viewer.GetAsync(Values(process.Id, process.KpiId) + "?korjaa=2025-06");

        Assert.Equal(["6/2025", "4 pv"], RowTexts(page, "2025-06").Take(2));
        Assert.Null(page.QuerySelector(ValueForm));
        Assert.Empty(page.QuerySelectorAll("a.kpi-values__correct"));
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Null((await Html.ParseAsync(correcting)).QuerySelector(ValueForm));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(EditKpi(process.Id, process.KpiId))).StatusCode);
    }

    [Fact]
    public async Task Another_municipality_gets_404_on_a_foreign_drafts_KPI_pages_and_403_on_the_write_pages_of_a_foreign_published_process()
    {
        var draft = await factory.MeasuredProcessAsync("433", publish: false);
        var published = await factory.MeasuredProcessAsync("433", Audience.Network);
        await factory.SendAsync(draft.Author, new RecordMeasurement(draft.Id, draft.KpiId, Month(2025, 1), 3m));
        await factory.SendAsync(published.Author, new RecordMeasurement(published.Id, published.KpiId, Month(2025, 1), 3m));
        using var foreign = factory.BrowserFor(await factory.ActorAsync("049", MunicipalityRoles.Author));

        foreach (var url in Pages(draft))
        {
            Assert.Equal((url, HttpStatusCode.NotFound), (url, (await foreign.GetAsync(url)).StatusCode));
        }

        foreach (var url in new[] { NewKpi(published.Id), EditKpi(published.Id, published.KpiId), RemoveKpi(published.Id, published.KpiId) })
        {
            Assert.Equal((url, HttpStatusCode.Forbidden), (url, (await foreign.GetAsync(url)).StatusCode));
        }

        var values = await foreign.GetDocumentAsync(Values(published.Id, published.KpiId));
        Assert.Equal(["1/2025", "3 pv"], RowTexts(values, "2025-01").Take(2));
        Assert.Null(values.QuerySelector(ValueForm));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(Values(published.Id, published.KpiId) + "/2025-02")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(Values(published.Id, Guid.NewGuid()))).StatusCode);
    }

    private static string[] Pages(MeasuredProcess process) =>
    [
        NewKpi(process.Id),
        EditKpi(process.Id, process.KpiId),
        RemoveKpi(process.Id, process.KpiId),
        Values(process.Id, process.KpiId),
        Values(process.Id, process.KpiId) + "/2025-01",
    ];

    private static IReadOnlyList<string> RowTexts(IDocument page, string period) =>
        page.QuerySelector($"tr[data-period='{period}']") is { } row
            ? [.. row.Children.Select(cell => ProjectPageData.Squeeze(cell.TextContent))]
            : throw new InvalidOperationException($"No row for {period}.");
}
