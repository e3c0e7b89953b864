using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The issue's story in a real browser: an author in Kärkölä writes a practice and attaches a file, a reviewer
/// publishes it, and a viewer in Espoo finds it through the filters and opens the file. axe-core checks every
/// page on the way, in Finnish and in Swedish.
/// </summary>
public sealed class PracticePublishingJourneyTests(RunningApp app, Browser browser) : IClassFixture<RunningApp>, IClassFixture<Browser>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("sv-SE")]
    public async Task An_author_publishes_with_a_reviewer_and_a_viewer_in_another_municipality_finds_it_and_opens_the_file(string locale)
    {
        Browser.SkipUnlessAvailable();
        var title = $"Etätyön pelisäännöt {locale} {Guid.NewGuid().ToString()[..6]}";

        var practicePath = await WriteAsAuthorAsync(locale, title);
        await PublishAsReviewerAsync(locale, practicePath);
        await FindAndOpenAsViewerAsync(locale, title, practicePath);

        await using var anonymous = await browser.NewContextAsync(app, locale);
        var visitor = await anonymous.NewPageAsync();
        var response = await visitor.GotoAsync(practicePath);
        Assert.Equal(404, response!.Status);
    }

    private async Task<string> WriteAsAuthorAsync(string locale, string title)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var page = await context.SignInAsync(app, "kaisa.kirjoittaja@karkola.example");

        await page.GotoAsync("/kaytannot/uusi");
        await page.AssertNoViolationsAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#summary").FillAsync("Sovitut pelisäännöt tekevät etätyöstä reilua ja ennakoitavaa.");
        await page.Locator("#needAndGoals").FillAsync("Tiimit tekivät etätyötä kukin omalla tavallaan.");
        await page.Locator("#solution").FillAsync("## Pelisäännöt\n\n- yhteinen **saatavuusaika** klo 9–14\n- viikkopalaveri maanantaisin");
        await page.Locator("#resultsAndEvidence").FillAsync("Kyselyssä 87 % koki työn sujuvan paremmin.");
        await page.Locator("#stage").SelectOptionAsync("InUse");
        await page.Locator("#evidenceLevel").SelectOptionAsync("Measured");
        await page.Locator("#language").SelectOptionAsync("fi");
        await page.Locator("input[name=audience][value=Network]").CheckAsync();
        await page.Locator("input[name=themes][value=PeopleAndLeadership]").CheckAsync();
        await page.Locator("input[name=targetGroups][value=MunicipalStaff]").CheckAsync();
        await page.Locator("#tags").FillAsync("etätyö, pelisäännöt");
        await page.Locator("input[name='contacts[0].name']").FillAsync("Kaisa Kirjoittaja");
        await page.Locator("input[name='contacts[0].email']").FillAsync("kaisa.kirjoittaja@karkola.example");

        await page.Locator("button[data-preview-button]").ClickAsync();
        await Assertions.Expect(page.Locator("#esikatselu strong", new() { HasText = "saatavuusaika" })).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.Locator("form.practice-editor button[type=submit]:not([hidden]):not([formaction])").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kaytannot/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("[role=status]")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
        var practicePath = new Uri(page.Url).AbsolutePath;

        await page.Locator($"a[href='{practicePath}/muokkaa']").ClickAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "pelisaannot.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.Locator("form.upload-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByText("pelisaannot.pdf").First).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GotoAsync(practicePath);
        await page.Locator("form.step-form:has(input[name=step][value=SubmitForReview]) button").ClickAsync();
        await Assertions.Expect(page.Locator("form.step-form:has(input[name=step][value=SubmitForReview])")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"a[href^='{practicePath}/liitteet/']")).ToHaveTextAsync("pelisaannot.pdf");
        await page.AssertNoViolationsAsync();
        return practicePath;
    }

    private async Task PublishAsReviewerAsync(string locale, string practicePath)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var page = await context.SignInAsync(app, "matti.paakayttaja@karkola.example");

        await page.GotoAsync("/kunta/kaytannot");
        await page.AssertNoViolationsAsync();
        await page.Locator($"a[href='{practicePath}']").First.ClickAsync();
        await page.AssertNoViolationsAsync();
        await page.Locator("form.step-form:has(input[name=step][value=Publish]) button").ClickAsync();
        await Assertions.Expect(page.Locator("form.step-form:has(input[name=step][value=Archive])")).ToHaveCountAsync(1);
        await page.AssertNoViolationsAsync();

        await page.GotoAsync(practicePath + "/historia");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
    }

    private async Task FindAndOpenAsViewerAsync(string locale, string title, string practicePath)
    {
        await using var context = await browser.NewContextAsync(app, locale);
        var page = await context.SignInAsync(app, "ville.katselija@espoo.example");

        await page.GotoAsync("/kaytannot");
        await page.AssertNoViolationsAsync();
        await page.Locator("#kunta").SelectOptionAsync("316");
        await page.Locator("#teema").SelectOptionAsync("PeopleAndLeadership");
        await page.Locator("#vaihe").SelectOptionAsync("InUse");
        await page.Locator("form:has(#kunta) button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kunta=316"));
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(practicePath) + "$"));
        await Assertions.Expect(page.Locator("form.step-form")).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href^='{practicePath}/liitteet/']").ClickAsync());
        Assert.Equal("pelisaannot.pdf", download.SuggestedFilename);
        await using var content = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(Pdf, copy.ToArray());
    }
}
