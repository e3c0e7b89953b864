using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The measurement upload as a person without JavaScript uses it: a file or pasted text, "Preview" with every row's
/// outcome and errors, "Save" all rows or none; only for those who record the KPI's values.
/// </summary>
public sealed class MeasurementUploadPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Form = "form.upload-form";
    private const string PreviewButton = "button[formaction*='handler=Preview']";

    [Fact]
    public async Task A_good_file_is_previewed_row_by_row_and_saved_whole()
    {
        var process = await factory.MeasuredProcessAsync(Espoo);
        using var client = factory.BrowserFor(process.Author);
        var upload = ProcessPages.Upload(process.Id, process.KpiId);
        var page = await client.GetDocumentAsync(upload);
        Assert.Equal(ProcessPages.MeasurementsCsv(process.Id, process.KpiId), page.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("button.upload-save"));

        using var previewed = await FormPost.From(page, Form).Using(page, PreviewButton)
            .SendWithFileAsync(client, "file", "arvot.csv", Encoding.UTF8.GetBytes("period,value,note\r\n2024-01,9.5,\r\n2024-02,8,\"Uusi järjestelmä, käyttöönotto\"\r\n"));

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var preview = await Html.ParseAsync(previewed);
        Assert.Equal(["2 1/2024 9,5 Uusi arvo", "3 2/2024 8 Uusi järjestelmä, käyttöönotto Uusi arvo"], preview.Texts("table.upload-rows tbody tr"));
        Assert.Contains("2024-02,8", preview.QuerySelector<IHtmlTextAreaElement>("#csv")!.Value, StringComparison.Ordinal);
        Assert.Equal(0, await ValueCountAsync(process));

        using var saved = await FormPost.From(preview, Form).Using(preview, "button.upload-save").SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ProcessPages.Values(process.Id, process.KpiId), saved.Headers.Location!.OriginalString);
        var values = (await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis.Single().Measurements;
        Assert.Equal([(Month(2024, 1), 9.5m, (string?)null), (Month(2024, 2), 8m, "Uusi järjestelmä, käyttöönotto")],
            values.Select(value => (value.Period, value.Value, value.Note)));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_names_the_row_and_its_error_and_saves_nothing()
    {
        var process = await factory.MeasuredProcessAsync(Espoo);
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(ProcessPages.Upload(process.Id, process.KpiId));

        using var previewed = await FormPost.From(page, Form).Using(page, PreviewButton)
            .SendWithFileAsync(client, "file", "arvot.csv", Encoding.UTF8.GetBytes("kausi;arvo\n2024-01;7\n2024-02;seitsemän\n2024-03;6\n"));

        var preview = await Html.ParseAsync(previewed);
        Assert.Equal("Virhe: Arvo ”seitsemän” ei ole luku. Rivi tiedostossa: 2024-02;seitsemän", preview.Text("#rivi-3 .upload-row__outcome"));
        Assert.Equal(["Rivi 3: Arvo ”seitsemän” ei ole luku."], preview.Texts(".error-summary li"));
        Assert.Equal("#rivi-3", preview.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(["New", "Invalid", "New"], preview.QuerySelectorAll("table.upload-rows tbody tr").Select(row => row.GetAttribute("data-kind")));
        Assert.Null(preview.QuerySelector("button.upload-save"));

        // Saving anyway, as a stale or handmade form would, saves not even the good rows.
        using var forced = await FormPost.From(preview, Form).SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(["Rivi 3: Arvo ”seitsemän” ei ole luku."], (await Html.ParseAsync(forced)).Texts(".error-summary li"));
        Assert.Equal(0, await ValueCountAsync(process));
    }

    [Fact]
    public async Task Pasted_values_with_semicolons_finnish_decimal_commas_and_periods_are_read()
    {
        var process = await factory.MeasuredProcessAsync(Espoo);
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(ProcessPages.Upload(process.Id, process.KpiId));

        using var previewed = await FormPost.From(page, Form).Set("csv", "Kausi;Arvo;Huomautus\r\n1/2024;12,5;\r\n1.2.2024;1 012,25;vuodenvaihde\r\n").Using(page, PreviewButton).SendAsync(client);

        var preview = await Html.ParseAsync(previewed);
        Assert.Equal(["2 1/2024 12,5 Uusi arvo", "3 2/2024 1 012,25 vuodenvaihde Uusi arvo"], preview.Texts("table.upload-rows tbody tr"));
        using var saved = await FormPost.From(preview, Form).Using(preview, "button.upload-save").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([12.5m, 1012.25m], (await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis.Single().Measurements.Select(value => value.Value));
    }

    [Fact]
    public async Task A_period_already_measured_is_an_error_unless_existing_values_are_corrected()
    {
        var process = await factory.MeasuredProcessAsync(Espoo);
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 6m));
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(ProcessPages.Upload(process.Id, process.KpiId));
        var csv = "period,value\n2024-01,7\n2024-02,8\n";

        using var withoutCorrecting = await FormPost.From(page, Form).Set("csv", csv).Using(page, PreviewButton).SendAsync(client);

        var refused = await Html.ParseAsync(withoutCorrecting);
        Assert.Equal(["Rivi 2: Jaksolla 1/2024 on jo arvo 6 pv. Valitse ”Korjaa olemassa olevat arvot”, jos haluat korvata sen."], refused.Texts(".error-summary li"));
        Assert.Null(refused.QuerySelector("button.upload-save"));

        using var correcting = await FormPost.From(refused, Form).Set("correctExisting", "true").Using(refused, PreviewButton).SendAsync(client);

        var preview = await Html.ParseAsync(correcting);
        Assert.Empty(preview.Texts(".error-summary li"));
        Assert.Equal("Korjaus: korvaa arvon 6 pv", preview.Text("#rivi-2 .upload-row__outcome"));
        Assert.Equal("Uusi arvo", preview.Text("#rivi-3 .upload-row__outcome"));
        using var saved = await FormPost.From(preview, Form).Using(preview, "button.upload-save").SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = (await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis.Single().Measurements;
        Assert.Equal([(7m, 1), (8m, 0)], values.Select(value => (value.Value, value.Corrections)));
    }

    [Fact]
    public async Task Text_changed_after_the_preview_is_previewed_again_not_saved()
    {
        var process = await factory.MeasuredProcessAsync(Espoo);
        using var client = factory.BrowserFor(process.Author);
        var page = await client.GetDocumentAsync(ProcessPages.Upload(process.Id, process.KpiId));
        using var previewed = await FormPost.From(page, Form).Set("csv", "period,value\n2024-01,7\n").Using(page, PreviewButton).SendAsync(client);
        var preview = await Html.ParseAsync(previewed);

        using var changed = await FormPost.From(preview, Form).Set("csv", "period,value\n2024-01,70\n").Using(preview, "button.upload-save").SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var again = await Html.ParseAsync(changed);
        Assert.Equal("2 1/2024 70 Uusi arvo", again.Text("#rivi-2"));
        Assert.NotNull(again.QuerySelector("button.upload-save"));
        Assert.Equal(0, await ValueCountAsync(process));
    }

    [Fact]
    public async Task Others_are_refused_403_where_they_may_open_the_process_and_404_where_they_may_not()
    {
        var published = await factory.MeasuredProcessAsync(Espoo);
        var draft = await factory.MeasuredProcessAsync(Espoo, publish: false);
        var foreignAuthor = await factory.ActorAsync(Karkola, MunicipalityRoles.Author);
        var ownViewer = await factory.ActorAsync(Espoo, MunicipalityRoles.Viewer);
        using var foreign = factory.BrowserFor(foreignAuthor);
        using var viewer = factory.BrowserFor(ownViewer);
        using var anonymous = factory.BrowserFor(null);

        Assert.Equal(HttpStatusCode.Forbidden, (await foreign.GetAsync(ProcessPages.Upload(published.Id, published.KpiId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(ProcessPages.Upload(published.Id, published.KpiId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(ProcessPages.Upload(draft.Id, draft.KpiId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(ProcessPages.Upload(published.Id, draft.KpiId))).StatusCode);
        using var signIn = await anonymous.GetAsync(ProcessPages.Upload(published.Id, published.KpiId));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var draftPage = await (await foreign.GetAsync(ProcessPages.Upload(draft.Id, draft.KpiId))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Processes.SampleContent().Title, draftPage, StringComparison.Ordinal);

        // A real form of the foreign author's own process, sent to Espoo's: refused, and nothing saved.
        var own = await factory.MeasuredProcessAsync(Karkola);
        using var ownClient = factory.BrowserFor(own.Author);
        var form = await ownClient.GetDocumentAsync(ProcessPages.Upload(own.Id, own.KpiId));
        var post = FormPost.From(form, Form).Set("csv", "period,value\n2024-01,7\n");
        using var intoPublished = await post.SendToAsync(ownClient, ProcessPages.Upload(published.Id, published.KpiId) + "?handler=Preview");
        using var intoDraft = await post.SendToAsync(ownClient, ProcessPages.Upload(draft.Id, draft.KpiId));

        Assert.Equal(HttpStatusCode.Forbidden, intoPublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intoDraft.StatusCode);
        Assert.Equal(0, await ValueCountAsync(published));
        Assert.Equal(0, await ValueCountAsync(draft));
    }

    private static KpiPeriod Month(int year, int month) => KpiPeriod.Month(year, month);

    private async Task<int> ValueCountAsync(MeasuredProcess process) =>
        (await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis.Single().Measurements.Count;
}
