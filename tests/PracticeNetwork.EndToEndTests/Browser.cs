using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PracticeNetwork.EndToEndTests;

/// <summary>Debian's Chromium, headless, driven by Playwright; browsers are never downloaded.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string RunBuildScript = "needs Debian's Chromium (/usr/bin/chromium), which './build.sh test' installs; run './build.sh test'";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void SkipUnlessAvailable()
    {
        if (!File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("PN_TEST_REQUIRE_SERVERS") != "1")
        {
            Assert.Skip(RunBuildScript);
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

internal static class Accessibility
{
    /// <summary>axe-core on the page as it is now; WCAG 2.1 A and AA rules; 0 violations expected.</summary>
    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        };
        var result = await page.RunAxe(options);
        var violations = result.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join("; ", violation.Nodes.Select(node => node.Html))}");
        Assert.True(result.Violations.Length == 0, $"axe-core on {page.Url}:\n{string.Join('\n', violations)}");
    }
}
