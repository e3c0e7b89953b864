using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Host.Jobs;

namespace PracticeNetwork.IntegrationTests;

public sealed class HostBehaviourTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_report_healthy_when_the_database_is_current()
    {
        var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var response = await factory.CreateClient().GetAsync("/kunnat");
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_language_switch_is_a_form_that_needs_its_antiforgery_token()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var forged = await client.PostAsync("/kieli", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "sv",
            ["returnUrl"] = "/kunnat",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Choosing_a_language_remembers_it_and_returns_to_the_same_page()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetDocumentAsync("/kunnat?q=esp");
        var token = page.QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var returnUrl = page.QuerySelector("form.language-switch input[name=returnUrl]")!.GetAttribute("value")!;

        using var switched = await client.PostAsync("/kieli", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/kunnat?q=esp", switched.Headers.Location!.OriginalString);
        var english = await client.GetDocumentAsync("/kunnat?q=esp");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Municipalities", english.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetDocumentAsync("/");
        var token = page.QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var switched = await client.PostAsync("/kieli", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "sv",
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(null, null, null, "fi")]
    [InlineData(null, null, "sv-FI,sv;q=0.9", "sv")]
    [InlineData(null, "en", "sv", "en")]
    [InlineData("sv", "en", "en", "sv")]
    [InlineData(null, null, "de-DE", "fi")]
    public async Task The_language_comes_from_preference_then_cookie_then_browser_then_Finnish(
        string? preference, string? cookie, string? acceptLanguage, string expected)
    {
        var client = factory.CreateClient();
        if (preference is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, Guid.NewGuid().ToString());
            client.DefaultRequestHeaders.Add(TestAuthentication.LanguageHeader, preference);
        }

        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $".PracticeNetwork.Culture=c={cookie}|uic={cookie}");
        }

        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var document = await client.GetDocumentAsync("/");
        Assert.Equal(expected, document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_jobs_dashboard_is_only_for_network_admins()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        anonymous.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "127.0.0.1");
        var member = await factory.NewMemberAsync("316", Modules.Tenancy.Contracts.MunicipalityRoles.MunicipalityAdmin);
        var municipalityAdmin = factory.ClientFor(member.PersonId, member.MunicipalityId);
        var networkAdmin = factory.ClientFor(Guid.NewGuid(), Guid.Empty);
        networkAdmin.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, "NetworkAdmin");

        using var anonymousResponse = await anonymous.GetAsync("/jobs");
        using var adminOfMunicipality = await municipalityAdmin.GetAsync("/jobs");
        using var allowed = await networkAdmin.GetAsync("/jobs/recurring");

        Assert.True(anonymousResponse.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"got {anonymousResponse.StatusCode}");
        Assert.True(adminOfMunicipality.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"got {adminOfMunicipality.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains(HousekeepingJob.RecurringJobId, await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_cookies_are_marked_secure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "127.0.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync("/kirjaudu");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_housekeeping_job_is_registered_as_an_hourly_recurring_job()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), job => job.Id == HousekeepingJob.RecurringJobId);
        Assert.Equal(Cron.Hourly(), job.Cron);
        Assert.Equal(typeof(HousekeepingJob), job.Job.Type);
    }
}
