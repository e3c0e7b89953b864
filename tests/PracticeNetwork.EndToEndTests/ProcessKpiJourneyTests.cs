using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The Espoo finance services story in a real browser: an Espoo author opens one of the processes described in the
/// Laurea training, records the next month's KPI value, sees the chart's table and the trend sentence move on to it and
/// corrects it (the earlier value stays in the history); a viewer in Riihimäki then compares the network KPI across
/// the municipalities that publish it, and sees only the series they may open. axe-core checks every page on the way,
/// in Finnish and in Swedish. Each language takes its own process, so the two runs never meet on one KPI.
/// </summary>
public sealed class ProcessKpiJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private const string EspooAuthor = "eija.tarkastaja@espoo.example";
    private const string RiihimäkiViewer = "riikka.lukija@riihimaki.example";

    /// <summary>The demo's sample series end with December 2022; the journey records January 2023.</summary>
    private const string NewPeriod = "2023-01";
    private const string NewPeriodShown = "1/2023";
    private const string LastDemoPeriodShown = "12/2022";

    [Theory]
    [InlineData("fi-FI", "Myyntilaskutus", "sales-invoice-processing-days", "4,1", "4,3")]
    [InlineData("sv-SE", "Tilausten vastaanotto", "order-receipt-processing-days", "2,2", "2,1")]
    public async Task An_Espoo_author_records_a_KPI_value_and_a_viewer_elsewhere_compares_the_network_KPI(
        string locale, string processTitle, string networkKpi, string value, string corrected)
    {
        Browser.SkipUnlessAvailable();

        await using var authorContext = await browser.NewContextAsync(app, locale);
        var author = await authorContext.SignInAsync(app, EspooAuthor);
        var processPath = await OpenEspooProcessAsync(author, processTitle);
        var kpi = author.Locator("section.kpi").First;
        await Assertions.Expect(kpi.Locator(".kpi-trend").First).ToContainTextAsync(LastDemoPeriodShown);
        await Assertions.Expect(kpi.Locator("svg").First).ToBeVisibleAsync();
        await author.AssertNoViolationsAsync();

        await kpi.Locator(".kpi__actions a.button").First.ClickAsync();
        await Assertions.Expect(author).ToHaveURLAsync(new Regex(Regex.Escape(processPath) + @"/mittarit/[0-9a-f-]{36}/arvot$"));
        await author.AssertNoViolationsAsync();
        var valuesPath = new Uri(author.Url).AbsolutePath;

        await RecordAsync(author, value, "Tammikuun luku SAP:n raportista");
        await AssertLatestIsAsync(author, value);
        await author.AssertNoViolationsAsync();

        await CorrectAsync(author, corrected);
        await AssertLatestIsAsync(author, corrected);
        var row = author.Locator($"table.kpi-values-table tr[data-period='{NewPeriod}']");
        await Assertions.Expect(row.Locator("td.numeric").Last).ToHaveTextAsync("1");
        await row.Locator("a", new() { HasText = NewPeriodShown }).First.ClickAsync();
        await Assertions.Expect(author.Locator("main")).ToContainTextAsync(value);
        await Assertions.Expect(author.Locator("main")).ToContainTextAsync(corrected);
        await author.AssertNoViolationsAsync();

        await author.GotoAsync(processPath);
        await Assertions.Expect(author.Locator("section.kpi").First.Locator(".kpi-trend").First).ToContainTextAsync(NewPeriodShown);
        await Assertions.Expect(author.Locator("section.kpi").First.Locator("svg").First).ToContainTextAsync(NewPeriodShown);

        await CompareAsViewerElsewhereAsync(locale, networkKpi, processPath, corrected);
        await AnonymousComparisonLeavesOutNetworkOnlySeriesAsync(locale, networkKpi, processPath);

        await using var outsiderContext = await browser.NewContextAsync(app, locale);
        var outsider = await outsiderContext.SignInAsync(app, RiihimäkiViewer);
        await outsider.GotoAsync(valuesPath);
        await Assertions.Expect(outsider.Locator($"table.kpi-values-table tr[data-period='{NewPeriod}']")).ToHaveCountAsync(1);
        await Assertions.Expect(outsider.Locator("form.kpi-value-form")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator("a.kpi-values__correct")).ToHaveCountAsync(0);
    }

    private static async Task<string> OpenEspooProcessAsync(IPage page, string title)
    {
        await page.GotoAsync("/prosessit?kunta=049");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/prosessit/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".swimlane, figure svg").First).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task RecordAsync(IPage page, string value, string note)
    {
        await page.Locator("#period").FillAsync(NewPeriod);
        await page.Locator("#value").FillAsync(value);
        await page.Locator("#note").FillAsync(note);
        await page.Locator("form.kpi-value-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToBeVisibleAsync();
    }

    private static async Task CorrectAsync(IPage page, string value)
    {
        await page.Locator($"table.kpi-values-table tr[data-period='{NewPeriod}'] a.kpi-values__correct").ClickAsync();
        await Assertions.Expect(page.Locator("#period")).ToHaveValueAsync(NewPeriod);
        await page.Locator("#value").FillAsync(value);
        await page.Locator("form.kpi-value-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToBeVisibleAsync();
    }

    /// <summary>The chart's data table has the new period with its value, and the trend sentence speaks of it.</summary>
    private static async Task AssertLatestIsAsync(IPage page, string value)
    {
        var chartRow = page.Locator("table.kpi-table tbody tr", new() { HasText = NewPeriodShown });
        await Assertions.Expect(chartRow).ToHaveCountAsync(1);
        await Assertions.Expect(chartRow.Locator("td.numeric")).ToHaveTextAsync(new Regex("^" + Regex.Escape(value)));
        var trend = page.Locator(".kpi-values-chart .kpi-trend").First;
        await Assertions.Expect(trend).ToContainTextAsync(NewPeriodShown);
        await Assertions.Expect(trend).ToContainTextAsync(value);
        await Assertions.Expect(trend).ToContainTextAsync(LastDemoPeriodShown);
    }

    /// <summary>
    /// A member of Riihimäki sees Espoo's new latest value beside the other municipalities' series, including
    /// Vantaa's network-only process; Tampere's internal process measures another KPI and is never a series here.
    /// </summary>
    private async Task CompareAsViewerElsewhereAsync(string locale, string networkKpi, string espooProcessPath, string latest)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var viewer = await context.SignInAsync(app, RiihimäkiViewer);
        await viewer.GotoAsync("/mittarit");
        await viewer.AssertNoViolationsAsync();
        await viewer.Locator($"a[href='/mittarit/{networkKpi}']").First.ClickAsync();
        await Assertions.Expect(viewer).ToHaveURLAsync(new Regex($"/mittarit/{networkKpi}$"));

        var espooRow = viewer.Locator($"table.kpi-comparison tr[data-process='{ProcessId(espooProcessPath)}']");
        await Assertions.Expect(espooRow).ToHaveCountAsync(1);
        await Assertions.Expect(espooRow).ToContainTextAsync(NewPeriodShown);
        await Assertions.Expect(espooRow).ToContainTextAsync(latest);
        await Assertions.Expect(viewer.Locator("table.kpi-comparison tbody tr", new() { HasText = "Tilauksesta laskuun" })).ToHaveCountAsync(1);
        await Assertions.Expect(viewer.Locator(".kpi-chart-figure svg")).ToBeVisibleAsync();
        await viewer.AssertNoViolationsAsync();

        await viewer.GotoAsync($"/mittarit/{networkKpi}?prosessi={ProcessId(espooProcessPath)}");
        await Assertions.Expect(viewer.Locator(".kpi-chart-figure svg g[data-series]")).ToHaveCountAsync(1);
        await Assertions.Expect(viewer.Locator("table.kpi-comparison input[type=checkbox]:checked")).ToHaveCountAsync(1);
        await viewer.AssertNoViolationsAsync();
        await viewer.Locator("table.kpi-comparison input[type=checkbox]:not(:checked)").First.CheckAsync();
        await viewer.Locator("form.kpi-comparison__choose button[type=submit]").ClickAsync();
        await Assertions.Expect(viewer.Locator("table.kpi-comparison input[type=checkbox]:checked")).ToHaveCountAsync(2);
        await Assertions.Expect(viewer.Locator(".kpi-chart-figure svg g[data-series]")).ToHaveCountAsync(2);
        await viewer.AssertNoViolationsAsync();

        espooRow = viewer.Locator($"table.kpi-comparison tr[data-process='{ProcessId(espooProcessPath)}']");
        await espooRow.Locator("a").First.ClickAsync();
        await Assertions.Expect(viewer).ToHaveURLAsync(new Regex(Regex.Escape(espooProcessPath) + "$"));
        await Assertions.Expect(viewer.Locator("a[href$='/arvot'].button")).ToHaveCountAsync(0);
    }

    /// <summary>A visitor who has not signed in gets the public series only: Vantaa's network-only process is left out.</summary>
    private async Task AnonymousComparisonLeavesOutNetworkOnlySeriesAsync(string locale, string networkKpi, string espooProcessPath)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync($"/mittarit/{networkKpi}");
        await Assertions.Expect(visitor.Locator($"table.kpi-comparison tr[data-process='{ProcessId(espooProcessPath)}']")).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Locator("table.kpi-comparison tbody tr", new() { HasText = "Tilauksesta laskuun" })).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync("Tilauksesta laskuun");
        await visitor.AssertNoViolationsAsync();
    }

    private static string ProcessId(string processPath) => processPath[(processPath.LastIndexOf('/') + 1)..];
}
