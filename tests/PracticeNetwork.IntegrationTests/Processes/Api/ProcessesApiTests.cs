using PracticeNetwork.Modules.Processes.Contracts;
using System.Net;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/api/v1/processes as an integration uses it: a process, its KPI and its values, with ETags, conflicts and problem details.</summary>
public sealed class ProcessesApiTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Root = "/api/v1/processes";

    public static object SampleBody(string audience = "Network") => new
    {
        title = "Myyntilaskujen käsittely",
        summary = "Myyntilaskut laaditaan, tarkistetaan ja lähetetään.",
        purpose = "Laskutus on oikea-aikaista.",
        unit = "Talouspalvelut",
        processOwner = "Laskutuksen esihenkilö",
        startEvent = "Tilaus toimitettu",
        endEvent = "Lasku lähetetty",
        steps = new object[]
        {
            new { name = "Vastaanotto", description = "Aineisto tulee.", lane = "Laskuttaja", system = "SAP", typicalDuration = "1 pv" },
            new { name = "Hyväksyntä", description = "", lane = "Esihenkilö" },
        },
        bottlenecks = new object[] { new { description = "Puuttuvat tiedot.", stepIndexes = new[] { 0 } } },
        language = "fi",
        audience,
        themes = new[] { "FinanceAndAdministration" },
    };

    public static object KpiBody(string unit = "pv") => new
    {
        name = "Myyntilaskun käsittelyaika",
        definition = "Päivät toimituksesta lähetykseen.",
        unit,
        baseline = 8.5,
        target = 5,
        direction = "LowerIsBetter",
        frequency = "Monthly",
        networkKpiId = NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id,
    };

    [Fact]
    public async Task A_process_is_created_measured_corrected_and_read_back_with_its_values_as_JSON_and_CSV()
    {
        using var author = await factory.ApiCallerAsync("049", MunicipalityRoles.Author);

        using var created = await author.Client.PostAsync(Root, ApiCallers.Body(SampleBody()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var process = await created.JsonAsync();
        var id = process.GetProperty("id").GetGuid();
        var steps = process.GetProperty("content").GetProperty("steps");
        Assert.Equal(steps[0].GetProperty("id").GetGuid(), process.GetProperty("content").GetProperty("bottlenecks")[0].GetProperty("stepIds")[0].GetGuid());

        using var kpiAdded = await author.Client.SendWithIfMatchAsync(HttpMethod.Post, $"{Root}/{id}/kpis", created.Headers.ETag!.Tag, ApiCallers.Body(KpiBody()));
        Assert.Equal(HttpStatusCode.Created, kpiAdded.StatusCode);
        var kpiId = (await kpiAdded.JsonAsync()).GetProperty("id").GetGuid();
        var values = $"{Root}/{id}/kpis/{kpiId}/measurements";

        using var recorded = await author.Client.PostAsync(values, ApiCallers.Body(new { period = "2024-03", value = 7.25, note = "alustava" }));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal($"{values}/2024-03", recorded.Headers.Location!.OriginalString);
        using var twice = await author.Client.PostAsync(values, ApiCallers.Body(new { period = "2024-03", value = 6 }));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("application/problem+json", twice.Content.Headers.ContentType?.MediaType);
        using var noIfMatch = await author.Client.PutAsync($"{values}/2024-03", ApiCallers.Body(new { value = 6 }));
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        using var corrected = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{values}/2024-03", recorded.Headers.ETag!.Tag, ApiCallers.Body(new { value = 6.5 }));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(1, (await corrected.JsonAsync()).GetProperty("corrections").GetInt32());
        using var stale = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{values}/2024-03", recorded.Headers.ETag!.Tag, ApiCallers.Body(new { value = 1 }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        using var list = await author.Client.GetAsync(values);
        var items = (await list.JsonAsync()).GetProperty("items");
        Assert.Equal(("2024-03", 6.5m), (items[0].GetProperty("period").GetString(), items[0].GetProperty("value").GetDecimal()));
        using var csv = await author.Client.GetAsync(values + "?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,value,recordedAt,note", lines[0]);
        Assert.Matches(@"^2024-03,6\.5,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,$", lines[1]);
        using var bpmn = await author.Client.GetAsync($"{Root}/{id}/bpmn");
        Assert.Equal("application/xml", bpmn.Content.Headers.ContentType?.MediaType);
        Assert.Equal("myyntilaskujen-käsittely.bpmn", bpmn.Content.Headers.ContentDisposition?.FileNameStar);
        var model = System.Xml.Linq.XDocument.Parse(await bpmn.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace bpmnModel = "http://www.omg.org/spec/BPMN/20100524/MODEL";
        Assert.Equal(["Vastaanotto", "Hyväksyntä"], model.Descendants(bpmnModel + "task").Select(task => (string?)task.Attribute("name")));
        Assert.Equal(["Laskuttaja", "Esihenkilö"], model.Descendants(bpmnModel + "lane").Select(lane => (string?)lane.Attribute("name")));
        using var history = await author.Client.GetAsync($"{values}/2024-03/history");
        var entries = (await history.JsonAsync()).GetProperty("values");
        Assert.Equal([6.5m, 7.25m], entries.EnumerateArray().Select(entry => entry.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_never_a_500()
    {
        using var author = await factory.ApiCallerAsync("049", MunicipalityRoles.Author);
        using var created = await author.Client.PostAsync(Root, ApiCallers.Body(SampleBody()));
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;

        using var noLane = await author.Client.PostAsync(Root, ApiCallers.Body(new
        {
            title = "X", summary = "Y", purpose = "Z", unit = "U", processOwner = "O", startEvent = "A", endEvent = "B", language = "fi",
            audience = "Network", themes = new[] { "FinanceAndAdministration" },
            steps = new object[] { new { name = "Vaihe", description = "", lane = "" } },
            bottlenecks = new object[] { new { description = "Pullonkaula", stepIndexes = new[] { 3 } } },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noLane.StatusCode);
        Assert.Contains("bottlenecks[0].stepIndexes", await noLane.FieldErrorsAsync());
        using var badKpi = await author.Client.SendWithIfMatchAsync(HttpMethod.Post, $"{Root}/{id}/kpis", etag, ApiCallers.Body(KpiBody(unit: "%")));
        Assert.Equal(["unit"], await badKpi.FieldErrorsAsync());
        using var kpiAdded = await author.Client.SendWithIfMatchAsync(HttpMethod.Post, $"{Root}/{id}/kpis", etag, ApiCallers.Body(KpiBody()));
        var kpiId = (await kpiAdded.JsonAsync()).GetProperty("id").GetGuid();
        using var badPeriod = await author.Client.PostAsync($"{Root}/{id}/kpis/{kpiId}/measurements", ApiCallers.Body(new { period = "2024-Q1", value = 3 }));
        Assert.Equal(["period"], await badPeriod.FieldErrorsAsync());
        using var noValue = await author.Client.PostAsync($"{Root}/{id}/kpis/{kpiId}/measurements", ApiCallers.Body(new { period = "2024-01" }));
        Assert.Equal(["value"], await noValue.FieldErrorsAsync());
        using var badFilter = await author.Client.GetAsync($"{Root}?networkKpi=nonsense&hasKpis=maybe");
        Assert.Equal(["hasKpis", "networkKpi"], (await badFilter.FieldErrorsAsync()).Order());
        using var unknownKpi = await author.Client.GetAsync($"{Root}/{id}/kpis/{Guid.NewGuid()}/measurements");
        Assert.Equal(HttpStatusCode.NotFound, unknownKpi.StatusCode);
    }

    [Fact]
    public async Task Another_municipality_finds_an_internal_process_nowhere_and_changes_nothing_of_a_network_one()
    {
        var internalOne = await factory.MeasuredProcessAsync("049", Audience.Internal);
        var networkOne = await factory.MeasuredProcessAsync("049", Audience.Network);
        await factory.SendAsync(internalOne.Author, new Modules.Processes.Contracts.RecordMeasurement(internalOne.Id, internalOne.KpiId, Processes.Month(2024, 1), 5m));
        await factory.SendAsync(networkOne.Author, new Modules.Processes.Contracts.RecordMeasurement(networkOne.Id, networkOne.KpiId, Processes.Month(2024, 1), 5m));
        using var foreign = await factory.ApiCallerAsync("092", MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);
        using var anonymous = factory.CreateClient();

        (string Method, string Path, object? Body)[] endpoints =
        [
            ("GET", "", null), ("GET", "/history", null), ("GET", "/bpmn", null), ("GET", "/kpis/{kpi}/measurements", null), ("GET", "/kpis/{kpi}/measurements/2024-01/history", null),
            ("PUT", "", SampleBody()), ("POST", "/transitions", new { step = "Archive" }), ("DELETE", "", null), ("POST", "/restore", null),
            ("POST", "/kpis", KpiBody()), ("PUT", "/kpis/{kpi}", KpiBody()), ("DELETE", "/kpis/{kpi}", null),
            ("POST", "/kpis/{kpi}/measurements", new { period = "2024-02", value = 1 }), ("PUT", "/kpis/{kpi}/measurements/2024-01", new { value = 1 }),
        ];
        var failures = new List<string>();
        foreach (var (process, visibleToMembers) in new[] { (internalOne, false), (networkOne, true) })
        {
            var etag = $"\"{(await factory.OpenProcessAsync(process.Author, process.Id))!.Version}\"";
            foreach (var (method, path, body) in endpoints)
            {
                foreach (var (caller, signedIn) in new[] { (foreign.Client, true), (anonymous, false) })
                {
                    var read = method == "GET";
                    var expected = !signedIn && !read ? HttpStatusCode.Unauthorized
                        : !signedIn || !visibleToMembers ? HttpStatusCode.NotFound
                        : read ? HttpStatusCode.OK
                        : HttpStatusCode.NotFound; // every write goes to the owner's own process only (the tenant filter)
                    using var response = await caller.SendWithIfMatchAsync(new HttpMethod(method), $"{Root}/{process.Id}{path.Replace("{kpi}", process.KpiId.ToString(), StringComparison.Ordinal)}",
                        etag, body is null ? null : ApiCallers.Body(body));
                    if (response.StatusCode != expected)
                    {
                        failures.Add($"{(signedIn ? "foreign" : "anonymous")} {method} {path} on {(visibleToMembers ? "network" : "internal")}: {(int)response.StatusCode}, expected {(int)expected}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        foreach (var process in new[] { internalOne, networkOne })
        {
            var after = await factory.OpenProcessAsync(process.Author, process.Id);
            Assert.Equal(5m, Assert.Single(Assert.Single(after!.Kpis).Measurements).Value);
            Assert.Equal(Processes.SampleContent().Title, after.Content.Title);
        }
    }
}
