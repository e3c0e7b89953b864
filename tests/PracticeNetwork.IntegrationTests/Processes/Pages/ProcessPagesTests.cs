using System.Net;
using System.Xml.Linq;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.Processes;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The process list, the process page with its diagram and charts, the own list, the workflow, delete and history pages.</summary>
public sealed class ProcessPagesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_process_page_shows_the_swimlane_of_the_steps_and_a_chart_with_the_latest_value_in_words_and_in_the_table()
    {
        var process = await factory.MeasuredProcessAsync("049", Audience.Public);
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 7m));
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 2), 6.5m));
        using var client = factory.BrowserFor(null);

        var page = await client.GetDocumentAsync($"/prosessit/{process.Id}");

        Assert.Equal("Myyntilaskujen käsittely", page.QuerySelector("h1")!.TextContent.Trim());
        var svg = XDocument.Parse(page.QuerySelector(".swimlane-scroll svg")!.OuterHtml);
        var svgText = string.Concat(svg.Descendants().Where(element => !element.HasElements).Select(element => element.Value));
        Assert.Contains("Laskuttaja", svgText, StringComparison.Ordinal);
        Assert.Contains("Esihenkilö", svgText, StringComparison.Ordinal);
        Assert.Equal(
            ["Laskutusaineiston vastaanotto", "Tietojen tarkistus", "Hyväksyntä", "Lähetys"],
            page.QuerySelectorAll(".swimlane-list li strong").Select(step => step.TextContent.Trim()));
        var kpi = page.QuerySelector($"#{KpiAnchorOf(process.KpiId)}-osio")!;
        Assert.Equal("Myyntilaskun käsittelyaika", kpi.QuerySelector("h3")!.TextContent.Trim());
        Assert.NotNull(XDocument.Parse(kpi.QuerySelector(".kpi-chart-scroll svg")!.OuterHtml));
        Assert.Contains("6,5", kpi.QuerySelector(".kpi-trend")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Katkoviiva on tavoite. Pisteviiva on lähtötaso. Katko viivassa", kpi.QuerySelector("figcaption")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["7", "6,5"], kpi.QuerySelectorAll(".kpi-table tbody td.numeric").Select(cell => cell.TextContent.Trim().Split(' ')[0]));
        Assert.Equal($"/mittarit/{NetworkKpiCatalogue.SalesInvoiceProcessingTime.Code}", kpi.QuerySelector(".kpi__network a")!.GetAttribute("href"));
        Assert.Equal($"/api/v1/processes/{process.Id}/bpmn", page.QuerySelector(".process-diagram__export a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".project-actions"));
    }

    [Fact]
    public async Task Another_municipalitys_member_gets_404_for_an_internal_process_and_a_draft_and_the_list_leaves_them_out()
    {
        var internalOne = await factory.MeasuredProcessAsync("049", Audience.Internal);
        var draft = await factory.MeasuredProcessAsync("049", Audience.Public, publish: false);
        var network = await factory.MeasuredProcessAsync("049", Audience.Network);
        var foreign = await factory.ActorAsync("092", MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);
        var own = await factory.ActorAsync("049", MunicipalityRoles.Viewer);
        using var foreignClient = factory.BrowserFor(foreign);
        using var ownClient = factory.BrowserFor(own);
        using var anonymous = factory.BrowserFor(null);

        foreach (var hidden in new[] { internalOne.Id, draft.Id })
        {
            foreach (var url in new[] { $"/prosessit/{hidden}", $"/prosessit/{hidden}/historia", $"/prosessit/{hidden}/tila", $"/prosessit/{hidden}/poista" })
            {
                using var response = await foreignClient.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
                Assert.DoesNotContain("Myyntilaskujen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        using (var networkForAnonymous = await anonymous.GetAsync($"/prosessit/{network.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, networkForAnonymous.StatusCode);
        }

        using (var internalForOwn = await ownClient.GetAsync($"/prosessit/{internalOne.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, internalForOwn.StatusCode);
        }

        var list = await foreignClient.GetDocumentAsync("/prosessit?kunta=049");
        var links = list.QuerySelectorAll(".process-card h3 a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains($"/prosessit/{network.Id}", links);
        Assert.DoesNotContain($"/prosessit/{internalOne.Id}", links);
        Assert.DoesNotContain($"/prosessit/{draft.Id}", links);
        var ownList = await foreignClient.GetDocumentAsync("/kunta/prosessit");
        Assert.DoesNotContain(ownList.QuerySelectorAll(".process-card h3 a"), link => link.GetAttribute("href") == $"/prosessit/{draft.Id}");
    }

    [Fact]
    public async Task The_list_filters_by_measured_only_and_network_KPI_and_reports_an_unknown_KPI_by_its_field()
    {
        var measured = await factory.MeasuredProcessAsync("853", Audience.Public);
        var author = await factory.ActorAsync("853", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("853", MunicipalityRoles.Reviewer);
        var unmeasured = await factory.SendAsync(author, new CreateProcess(SampleContent(Audience.Public, "Ostolaskujen kierrätys")));
        var version = await factory.SendAsync(author, new TakeProcessStep(unmeasured, WorkflowStep.SubmitForReview, 0));
        await factory.SendAsync(reviewer, new TakeProcessStep(unmeasured, WorkflowStep.Publish, version));
        using var client = factory.BrowserFor(null);

        async Task<List<string?>> Found(string query) =>
            [.. (await client.GetDocumentAsync($"/prosessit?kunta=853{query}")).QuerySelectorAll(".process-card h3 a").Select(link => link.GetAttribute("href"))];

        Assert.Contains($"/prosessit/{unmeasured}", await Found(string.Empty));
        var measuredOnly = await Found("&mitatut=true");
        Assert.Contains($"/prosessit/{measured.Id}", measuredOnly);
        Assert.DoesNotContain($"/prosessit/{unmeasured}", measuredOnly);
        var byKpi = await Found($"&mittari={NetworkKpiCatalogue.SalesInvoiceProcessingTime.Code}");
        Assert.Contains($"/prosessit/{measured.Id}", byKpi);
        Assert.DoesNotContain($"/prosessit/{unmeasured}", byKpi);
        Assert.DoesNotContain($"/prosessit/{measured.Id}", await Found($"&mittari={NetworkKpiCatalogue.QuarterlyClosingTime.Code}"));

        var unknown = await client.GetDocumentAsync("/prosessit?mittari=ei-ole");
        Assert.NotNull(unknown.QuerySelector("#mittari-error"));
        Assert.Equal("true", unknown.QuerySelector("#mittari")!.GetAttribute("aria-invalid"));
        var filters = (await client.GetDocumentAsync("/prosessit?kunta=853&mitatut=true")).QuerySelectorAll(".active-filters a");
        Assert.Equal(["/prosessit?mitatut=true", "/prosessit?kunta=853"], filters.Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task An_author_submits_a_draft_and_a_reviewer_publishes_it_through_the_step_pages_and_a_stale_step_is_a_conflict()
    {
        var draft = await factory.MeasuredProcessAsync("049", Audience.Public, publish: false);
        using var author = factory.BrowserFor(draft.Author);
        using var reviewer = factory.BrowserFor(draft.Reviewer);

        var stepPage = await author.GetDocumentAsync($"/prosessit/{draft.Id}/tila?step=SubmitForReview");
        var stale = FormPost.From(stepPage, "form.workflow-form");
        using (var submitted = await FormPost.From(stepPage, "form.workflow-form").SendAsync(author))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal($"/prosessit/{draft.Id}", submitted.Headers.Location!.OriginalString);
        }

        Assert.Contains("tarkastettavaksi", (await author.GetDocumentAsync($"/prosessit/{draft.Id}")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        using (var again = await stale.SendAsync(author))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        var publishPage = await reviewer.GetDocumentAsync($"/prosessit/{draft.Id}/tila?step=Publish");
        using (var published = await FormPost.From(publishPage, "form.workflow-form").SendAsync(reviewer))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.Equal(PublicationStatus.Published, (await factory.OpenProcessAsync(null, draft.Id))!.PublicationStatus);
        var history = await factory.BrowserFor(null).GetDocumentAsync($"/prosessit/{draft.Id}/historia");
        Assert.Contains("Myyntilaskujen käsittely", history.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_deletes_a_process_through_its_page_it_disappears_and_the_admin_restores_it()
    {
        var process = await factory.MeasuredProcessAsync("049", Audience.Public);
        var admin = await factory.ActorAsync("049", MunicipalityRoles.MunicipalityAdmin);
        using var reviewer = factory.BrowserFor(process.Reviewer);
        using var adminClient = factory.BrowserFor(admin);
        using var anonymous = factory.BrowserFor(null);

        var ask = await reviewer.GetDocumentAsync($"/prosessit/{process.Id}/poista");
        Assert.Contains("1", ask.QuerySelector(".narrow strong")!.TextContent, StringComparison.Ordinal);
        using (var deleted = await FormPost.From(ask, "form.delete-form").SendAsync(reviewer))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal("/kunta/prosessit", deleted.Headers.Location!.OriginalString);
        }

        using (var gone = await anonymous.GetAsync($"/prosessit/{process.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var bin = await adminClient.GetDocumentAsync($"/prosessit/{process.Id}");
        using (var restored = await FormPost.From(bin, ".banner--deleted form").SendAsync(adminClient))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        using var back = await anonymous.GetAsync($"/prosessit/{process.Id}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task The_own_list_groups_the_municipalitys_processes_by_status_and_the_municipality_page_lists_the_published()
    {
        var draft = await factory.MeasuredProcessAsync("091", Audience.Public, publish: false);
        var published = await factory.MeasuredProcessAsync("091", Audience.Public);
        using var author = factory.BrowserFor(draft.Author);

        var own = await author.GetDocumentAsync("/kunta/prosessit");
        Assert.Contains(own.QuerySelectorAll("#own-Draft ~ ol .process-card h3 a, section:has(#own-Draft) .process-card h3 a"),
            link => link.GetAttribute("href") == $"/prosessit/{draft.Id}");
        Assert.Contains(own.QuerySelectorAll("section:has(#own-Published) .process-card h3 a"), link => link.GetAttribute("href") == $"/prosessit/{published.Id}");

        var municipality = await factory.BrowserFor(null).GetDocumentAsync("/kunnat/091");
        var section = municipality.QuerySelector(".municipality-processes")!;
        Assert.Contains(section.QuerySelectorAll("a"), link => link.GetAttribute("href") == $"/prosessit/{published.Id}");
        Assert.DoesNotContain(section.QuerySelectorAll("a"), link => link.GetAttribute("href") == $"/prosessit/{draft.Id}");
    }

    private static string KpiAnchorOf(Guid kpiId) => $"mittari-{kpiId:N}";
}
