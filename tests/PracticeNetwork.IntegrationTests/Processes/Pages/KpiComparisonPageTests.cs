using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The network KPI catalogue and a KPI's comparison: a series only of the processes the reader may open, in the
/// chart, its table, the latest values and every count; nothing of the others, not even their titles.
/// Each test uses a catalogue KPI of its own, as the class's tests share a database.
/// </summary>
public sealed class KpiComparisonPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Only_series_of_processes_the_reader_may_open_are_in_the_chart_the_table_and_the_counts()
    {
        var kpi = NetworkKpiCatalogue.CustomerServiceFirstContactResolution;
        var loppiPublic = await factory.ComparedProcessAsync(Loppi, kpi, "Lopen julkinen asiakaspalvelu", Audience.Public, target: 75m, values: [70m, 72m]);
        var riihimakiNetwork = await factory.ComparedProcessAsync(Riihimaki, kpi, "Riihimäen asiakaspalvelu", Audience.Network, target: 75m, values: [80m, 78m]);
        var loppiInternal = await factory.ComparedProcessAsync(Loppi, kpi, "Lopen sisäinen asiakaspalvelu", Audience.Internal, values: [60m]);
        var loppiDraft = await factory.ComparedProcessAsync(Loppi, kpi, "Lopen luonnosprosessi", Audience.Public, publish: false, values: [50m]);
        var titles = new Dictionary<Guid, string>
        {
            [loppiPublic.Id] = "Lopen julkinen asiakaspalvelu",
            [riihimakiNetwork.Id] = "Riihimäen asiakaspalvelu",
            [loppiInternal.Id] = "Lopen sisäinen asiakaspalvelu",
            [loppiDraft.Id] = "Lopen luonnosprosessi",
        };
        var readers = new (string Who, Actor? Actor, Guid[] Sees)[]
        {
            ("anonymous", null, [loppiPublic.Id]),
            ("a Riihimäki viewer", await factory.ActorAsync(Riihimaki, MunicipalityRoles.Viewer), [loppiPublic.Id, riihimakiNetwork.Id]),
            ("a Loppi viewer", await factory.ActorAsync(Loppi, MunicipalityRoles.Viewer), [loppiPublic.Id, riihimakiNetwork.Id, loppiInternal.Id]),
        };

        foreach (var (who, actor, sees) in readers)
        {
            using var client = factory.BrowserFor(actor);
            using var response = await client.GetAsync(ProcessPages.Comparison(kpi.Code));
            var body = await response.Content.ReadAsStringAsync();
            var page = await Html.ParseAsync(body);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who}: {response.StatusCode}");
            Assert.Equal(sees.Order(), page.QuerySelectorAll("table.kpi-comparison tbody tr").Select(row => Guid.Parse(row.GetAttribute("data-process")!)).Order());
            Assert.Equal(sees.Length, SvgOf(body).Descendants(Svg + "g").Count(group => group.Attribute("data-series") is not null));
            // One series gets a KPI's own table (period, value, change); several a column each.
            Assert.Equal(sees.Length == 1 ? 3 : sees.Length + 1, page.QuerySelectorAll("#vertailu-taulukko thead th").Length);
            Assert.Equal(sees.Length == 1 ? "Vertailussa on 1 prosessi, jonka voit avata." : $"Vertailussa on {sees.Length} prosessia, jotka voit avata.",
                page.Text(".kpi-comparison__count"));
            foreach (var (id, title) in titles.Where(process => !sees.Contains(process.Key)))
            {
                Assert.False(body.Contains(title, StringComparison.Ordinal), $"{who} is shown {title}");
                Assert.False(body.Contains(id.ToString(), StringComparison.Ordinal), $"{who} is shown the id of {title}");
            }

            var catalogue = await client.GetDocumentAsync(ProcessPages.Catalogue);
            Assert.Equal($"{sees.Length} prosessissa", catalogue.Text($"[data-code='{kpi.Code}'] .kpi-catalogue__count"));
        }
    }

    [Fact]
    public async Task The_chart_is_well_formed_svg_with_a_series_per_municipality_told_apart_without_colour_and_a_table_beside_it()
    {
        var kpi = NetworkKpiCatalogue.PurchaseInvoiceProcessingTime;
        var espoo = await factory.ComparedProcessAsync(Espoo, kpi, "Espoon ostolaskut", Audience.Public, target: 5m, values: [9m, 7m]);
        var karkola = await factory.ComparedProcessAsync(Karkola, kpi, "Kärkölän ostolaskut", Audience.Public, target: 6m, values: [5m, 6m, 4.5m]);
        using var client = factory.BrowserFor(null);

        using var response = await client.GetAsync(ProcessPages.Comparison(kpi.Code));
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(body);

        var svg = SvgOf(body);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.StartsWith("2 kunnan 5 mittausta jaksoilta 1/2024–3/2024.", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        var series = svg.Descendants(Svg + "g").Where(group => group.Attribute("data-series") is not null).ToList();
        Assert.Equal(["Espoo", "Kärkölä"], series.Select(group => (string)group.Attribute("data-series")!));
        Assert.NotEqual(MarkerOf(series[0]), MarkerOf(series[1]));
        Assert.NotEqual(
            (string?)series[0].Element(Svg + "polyline")!.Attribute("stroke-dasharray"),
            (string?)series[1].Element(Svg + "polyline")!.Attribute("stroke-dasharray"));
        Assert.Contains(svg.Descendants(Svg + "title"), title => title.Value == "Kärkölä, 3/2024: 4,5 pv");
        Assert.Contains("Kärkölä", svg.Descendants(Svg + "g").Single(group => (string?)group.Attribute("class") == "kpi-chart__legend").Value, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(Svg + "g"), group => (string?)group.Attribute("class") == "kpi-chart__target");
        var caption = page.Text(".kpi-chart-figure figcaption");
        Assert.StartsWith("Jokainen kunta on oma viivansa", caption, StringComparison.Ordinal);
        Assert.DoesNotContain("tavoite", caption, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lähtötaso", caption, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(["Jakso", "Espoo", "Kärkölä"], page.Texts("#vertailu-taulukko thead th"));
        Assert.Equal(["3/2024", "ei mittausta", "4,5"], page.Texts("#vertailu-taulukko tbody tr:last-child > *"));
        Assert.Equal(
            ["Espoo Espoon ostolaskut 7 pv 2/2024 5 pv (ei saavutettu) parempi", "Kärkölä Kärkölän ostolaskut 4,5 pv 3/2024 6 pv (saavutettu) parempi"],
            page.Texts("table.kpi-comparison tbody tr"));
        Assert.Equal(ProcessPages.Details(espoo.Id), page.QuerySelector($"tr[data-process='{espoo.Id}'] a")!.GetAttribute("href"));
        Assert.Equal(ProcessPages.Details(karkola.Id), page.QuerySelector($"tr[data-process='{karkola.Id}'] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task With_more_series_than_a_chart_can_hold_the_reader_gets_their_own_and_the_longest_records_and_picks_the_rest()
    {
        var kpi = NetworkKpiCatalogue.OrderReceiptProcessingTime;
        string[] codes = ["049", "091", "092", "853", "837", "564", "316", "433", "086", Riihimaki];
        var processes = new List<MeasuredProcess>();
        foreach (var (code, index) in codes.Select((code, index) => (code, index)))
        {
            // Kunta i has i + 1 values: Riihimäki, last, has the longest record, Espoo the shortest.
            processes.Add(await factory.ComparedProcessAsync(code, kpi, $"Tilausten vastaanotto {code}", Audience.Public,
                values: [.. Enumerable.Range(0, index + 1).Select(month => 4m + month)]));
        }

        var riihimakiViewer = await factory.ActorAsync(Riihimaki, MunicipalityRoles.Viewer);
        var espooViewer = await factory.ActorAsync(Espoo, MunicipalityRoles.Viewer);
        var url = ProcessPages.Comparison(kpi.Code);

        var forEspoo = await ChoiceAsync(espooViewer, url);
        Assert.Equal(10, forEspoo.Rows);
        Assert.Equal(Ids([processes[0], .. processes.Skip(3)]), forEspoo.Charted);
        Assert.Equal("Kaaviossa on 8 sarjaa 10 sarjasta: selkeyden vuoksi enintään 8 kerrallaan. Taulukossa ovat kaikki. Valitse kaavion kunnat",
            forEspoo.Selection);

        var forVisitor = await ChoiceAsync(null, url);
        Assert.Equal(Ids([.. processes.Skip(2)]), forVisitor.Charted);

        var picked = await ChoiceAsync(riihimakiViewer, $"{url}?prosessi={processes[1].Id}&prosessi={Guid.NewGuid()}&prosessi={processes[4].Id}");
        Assert.Equal(Ids(processes[1], processes[4]), picked.Charted);
        Assert.Null(picked.TooMany);

        var tooMany = await ChoiceAsync(riihimakiViewer, $"{url}?{string.Join('&', processes.Take(9).Select(process => $"prosessi={process.Id}"))}");
        // The first eight in the table's order (by municipality name): Vantaa, last of the nine, is left out.
        Assert.Equal(Ids([.. processes.Take(9).Where(process => process != processes[2])]), tooMany.Charted);
        Assert.Equal("Valitsit enemmän kuin 8 sarjaa: kaaviossa ovat niistä ensimmäiset 8.", tooMany.TooMany);
    }

    private static Guid[] Ids(params MeasuredProcess[] processes) => [.. processes.Select(process => process.Id).Order()];

    /// <summary>What the comparison page charts for a reader: the ticked rows, checked against the chart's own series.</summary>
    private async Task<(int Rows, Guid[] Charted, string? Selection, string? TooMany)> ChoiceAsync(Actor? reader, string url)
    {
        using var client = factory.BrowserFor(reader);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ticked = page.QuerySelectorAll("table.kpi-comparison tbody tr").Where(row => row.QuerySelector("input[type=checkbox]")!.HasAttribute("checked")).ToList();
        Assert.Equal(
            ticked.Select(row => row.QuerySelector("th")!.TextContent.Trim()),
            SvgOf(body).Descendants(Svg + "g").Select(group => (string?)group.Attribute("data-series")).OfType<string>());
        return (page.QuerySelectorAll("table.kpi-comparison tbody tr").Length, [.. ticked.Select(row => Guid.Parse(row.GetAttribute("data-process")!)).Order()],
            page.QuerySelector(".kpi-comparison__selection") is { } selection ? Squeeze(selection.TextContent) : null,
            page.QuerySelector(".notice[role=status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        using var client = factory.BrowserFor(await factory.ActorAsync(Espoo, MunicipalityRoles.Author));

        using var response = await client.GetAsync(ProcessPages.Comparison("no-such-kpi"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_catalogue_lists_every_definition_with_its_comparison_and_the_processes_measuring_it()
    {
        var kpi = NetworkKpiCatalogue.QuarterlyClosingTime;
        await factory.ComparedProcessAsync(Espoo, kpi, "Espoon kvartaalitilinpäätös", Audience.Public, values: [12m, 10m]);
        using var client = factory.BrowserFor(null);

        var page = await client.GetDocumentAsync(ProcessPages.Catalogue);

        Assert.Equal(
            NetworkKpiCatalogue.All.Select(definition => ProcessPages.Comparison(definition.Code)).Order(),
            page.QuerySelectorAll(".kpi-catalogue__entry h2 a").Select(link => link.GetAttribute("href")!).Order());
        var entry = page.QuerySelector($"[data-code='{kpi.Code}']")!;
        Assert.Equal("Kvartaalitilinpäätöksen läpimenoaika", Squeeze(entry.QuerySelector("h2")!.TextContent));
        Assert.Contains("työpäivää", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pienempi on parempi", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 prosessissa", Squeeze(entry.QuerySelector(".kpi-catalogue__count")!.TextContent));
        Assert.NotNull(entry.QuerySelector($"a[href='{ProcessPages.List}?mittari={kpi.Code}']"));

        using var swedish = factory.BrowserFor(null);
        swedish.DefaultRequestHeaders.Add("Accept-Language", "sv");
        var inSwedish = await swedish.GetDocumentAsync(ProcessPages.Comparison(kpi.Code));
        Assert.Equal("Genomloppstid för kvartalsbokslut", inSwedish.Text("h1"));
    }

    /// <summary>The page's chart exactly as sent, read as XML: it must be well formed on its own.</summary>
    private static XElement SvgOf(string body)
    {
        var start = body.IndexOf("<svg", StringComparison.Ordinal);
        var end = body.IndexOf("</svg>", start, StringComparison.Ordinal);
        return XElement.Parse(body[start..(end + "</svg>".Length)]);
    }

    private static string MarkerOf(XElement series) =>
        series.Descendants().First(element => (string?)element.Attribute("class") == "kpi-chart__marker").Name.LocalName
        + (string?)series.Descendants().First(element => (string?)element.Attribute("class") == "kpi-chart__marker").Attribute("fill");
}
