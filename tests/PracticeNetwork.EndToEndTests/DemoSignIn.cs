using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>Browser contexts on the running app, and signing in there as one of the demo people.</summary>
internal static class DemoSignIn
{
    public static async Task<IBrowserContext> NewContextAsync(this Browser browser, RunningApp app, string locale) =>
        await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = locale, AcceptDownloads = true });

    /// <summary>A new page in <paramref name="context"/>, signed in through the sign-in form with the demo password.</summary>
    public static async Task<IPage> SignInAsync(this IBrowserContext context, RunningApp app, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/kirjaudu");
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync(app.DemoPassword);
        await page.Locator("form.stacked-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/kirjaudu"));
        return page;
    }
}
