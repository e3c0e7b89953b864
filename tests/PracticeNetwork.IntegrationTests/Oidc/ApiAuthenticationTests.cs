using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Identity.Domain;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/api takes bearer tokens from our own server and nothing else: a sign-in cookie does not count there.</summary>
public sealed class ApiAuthenticationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_sign_in_cookie_opens_pages_but_not_the_API()
    {
        var member = await factory.NewMemberAsync("316");
        var email = $"cookie-{Guid.NewGuid():N}@karkola.example";
        const string password = "long enough password 123";
        await factory.InScopeAsync(null, async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var account = new Account(email, "Cookie Tester") { Id = member.PersonId, EmailConfirmed = true };
            var created = await users.CreateAsync(account, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(error => error.Description)));
            return account;
        });
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var form = await browser.GetDocumentAsync("/kirjaudu");
        using var signedIn = await browser.PostAsync("/kirjaudu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = form.QuerySelector("form.stacked-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var profile = await browser.GetAsync("/profiili");
        using var api = await browser.GetAsync("/api/v1/members");

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains(api.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_password_reset_ends_the_access_tokens_the_account_had()
    {
        var person = await factory.NewAccountAsync(("316", Modules.Tenancy.Contracts.MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);
        var token = await factory.AccessTokenForAsync(session);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var before = await api.GetAsync("/api/v1/members");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var asked = await session.SubmitAsync("/salasana/unohtui", "main form", new Dictionary<string, string> { ["Email"] = person.Email });
        var link = PracticeNetwork.TestSupport.MailDrop.LinkIn(await factory.Mail.WaitForMessageToAsync(person.Email), "/salasana/uusi");
        using var reset = await new WebSession(factory).SubmitAsync(link, "main form", new Dictionary<string, string>
        {
            ["Password"] = "after the compromise passphrase",
            ["ConfirmPassword"] = "after the compromise passphrase",
        });

        using var after = await api.GetAsync("/api/v1/members");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Public_API_data_needs_no_token_and_members_need_one()
    {
        var anonymous = factory.CreateClient();

        using var municipalities = await anonymous.GetAsync("/api/v1/municipalities");
        using var members = await anonymous.GetAsync("/api/v1/members");

        Assert.Equal(HttpStatusCode.OK, municipalities.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, members.StatusCode);
    }
}

/// <summary>The token endpoint's own limit, low here so that the test can reach it.</summary>
public sealed class TokenRateLimitFactory : PracticeNetworkFactory
{
    protected override int TokenRequestsPerMinute => 3;
}

public sealed class TokenRateLimitTests(TokenRateLimitFactory factory) : IClassFixture<TokenRateLimitFactory>
{
    [Fact]
    public async Task Too_many_token_requests_from_one_address_get_429_with_Retry_After()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "203.0.113.7");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last?.Dispose();
            last = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "nobody",
                ["client_secret"] = "guess-" + attempt,
            }));
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(3), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Contains("rate_limited", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another address is not held back by this one.
        var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "203.0.113.8");
        using var fromOther = await other.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "nobody",
            ["client_secret"] = "x",
        }));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, fromOther.StatusCode);
        last.Dispose();
    }
}
