using System.Net;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Sign-in, sign-out, lockout and switching municipality, through the real forms and cookie.</summary>
public sealed class AccountTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Signing_in_through_the_form_acts_for_the_first_membership_and_returns_to_the_page()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Author));
        using var session = new WebSession(factory);

        using var response = await session.SignInAsync(person.Email, Accounts.Password, "/kunnat/316");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kunnat/316", response.Headers.Location!.OriginalString);
        var cookie = string.Join(";", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await session.GetAsync("/kunnat/316");
        Assert.Equal(person.Name, page.QuerySelector(".account-link")!.TextContent.Trim());
        Assert.Contains("Kärkölä", page.QuerySelector(".acting")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);

        using var wrongPassword = await session.SignInAsync(person.Email, "not the password at all");
        var wrongPasswordPage = await Html.ParseAsync(wrongPassword);
        using var unknown = await session.SignInAsync($"nobody-{Guid.NewGuid():N}@test.example", "not the password at all");
        var unknownPage = await Html.ParseAsync(unknown);

        Assert.Equal(wrongPassword.StatusCode, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(wrongPasswordPage.QuerySelector(".error-summary")!.TextContent, unknownPage.QuerySelector(".error-summary")!.TextContent);
        Assert.False(await session.IsSignedInAsync());
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_for_the_right_one()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await session.SignInAsync(person.Email, $"wrong password number {attempt}");
        }

        using var locked = await session.SignInAsync(person.Email, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.NotNull((await Html.ParseAsync(locked)).QuerySelector(".error-summary"));
        Assert.False(await session.IsSignedInAsync());
    }

    [Fact]
    public async Task Signing_out_takes_a_form_post_with_its_token()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);

        using var linkFollowed = await session.GetResponseAsync("/kirjaudu-ulos");
        Assert.True(await session.IsSignedInAsync());
        using var forged = await session.Client.PostAsync("/kirjaudu-ulos", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await session.IsSignedInAsync());

        using var signedOut = await session.SubmitAsync("/", "form.sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await session.IsSignedInAsync());
    }

    [Fact]
    public async Task A_member_of_several_municipalities_switches_the_one_they_act_for()
    {
        var person = await factory.NewAccountAsync(("433", MunicipalityRoles.Author), ("694", MunicipalityRoles.Viewer));
        var riihimaki = await factory.MunicipalityIdAsync("694");
        var colleague = await factory.NewAccountAsync(("694", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);
        Assert.Equal("Loppi", (await session.GetAsync("/")).QuerySelector("#acting-municipality option[selected]")!.TextContent);

        using var switched = await session.SubmitAsync("/", "form.municipality-switch", new Dictionary<string, string>
        {
            ["municipalityId"] = riihimaki.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("Riihimäki", (await session.GetAsync("/")).QuerySelector("#acting-municipality option[selected]")!.TextContent);
        var profile = await session.GetAsync("/profiili");
        Assert.Contains("Riihimäki", profile.QuerySelector(".memberships")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(colleague);

        // The choice is remembered for the next sign-in.
        using var signedOut = await session.SubmitAsync("/", "form.sign-out");
        using var again = await session.SignInAsync(person.Email, Accounts.Password);
        Assert.Equal("Riihimäki", (await session.GetAsync("/")).QuerySelector("#acting-municipality option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Switching_to_a_municipality_one_is_not_a_member_of_is_forbidden_and_changes_nothing()
    {
        var person = await factory.NewAccountAsync(("433", MunicipalityRoles.Author), ("694", MunicipalityRoles.Viewer));
        var espoo = await factory.MunicipalityIdAsync("049");
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);

        using var forged = await session.SubmitAsync("/", "form.municipality-switch", new Dictionary<string, string>
        {
            ["municipalityId"] = espoo.ToString(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("Loppi", (await session.GetAsync("/")).QuerySelector("#acting-municipality option[selected]")!.TextContent);
    }

    [Fact]
    public async Task The_profile_saves_name_and_preferred_language_which_then_wins_over_the_browser()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);

        using var saved = await session.SubmitAsync("/profiili", "main form.stacked-form", new Dictionary<string, string>
        {
            ["DisplayName"] = "Kaisa Uusinimi",
            ["PreferredLanguage"] = "sv",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await session.GetAsync("/profiili");
        Assert.Equal("sv", profile.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Kaisa Uusinimi", profile.QuerySelector(".account-link")!.TextContent.Trim());
    }

    [Fact]
    public async Task Pages_for_members_send_anonymous_readers_to_sign_in_and_the_api_answers_401()
    {
        using var session = new WebSession(factory);

        using var profile = await session.GetResponseAsync("/profiili");
        using var api = await session.GetResponseAsync("/api/v1/members");

        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.StartsWith("/kirjaudu", profile.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}

/// <summary>The audit trail records sign-ins and role changes, and only network admins read it.</summary>
public sealed class AuditTrailTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Sign_ins_failures_and_role_changes_appear_in_the_audit_log_for_network_admins()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var colleague = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var failed = await session.SignInAsync(admin.Email, "not my password at all");
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var members = await session.GetAsync("/kunta/jasenet");
        var membershipId = members.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(colleague.Email, StringComparison.Ordinal))
            .QuerySelector("input[name=membershipId]")!.GetAttribute("value")!;
        using var changed = await session.SubmitAsync(members, "/kunta/jasenet", $"form.roles-form:has(input[value='{membershipId}'])",
            new Dictionary<string, string> { ["roles"] = nameof(MunicipalityRoles.Author) });

        using var networkAdmin = new WebSession(factory);
        networkAdmin.Client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, Guid.NewGuid().ToString());
        networkAdmin.Client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, "NetworkAdmin");
        var log = await networkAdmin.GetAsync("/verkosto/loki");
        var rows = log.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();

        Assert.Contains(rows, row => row.Contains("sign-in-failed", StringComparison.Ordinal) && row.Contains(admin.Email, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("signed-in", StringComparison.Ordinal) && row.Contains(admin.Name, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("roles-changed", StringComparison.Ordinal) && row.Contains(membershipId, StringComparison.Ordinal) && row.Contains("Author", StringComparison.Ordinal));

        var filtered = await networkAdmin.GetAsync("/verkosto/loki?tapahtuma=roles-changed");
        Assert.All(filtered.QuerySelectorAll("tbody tr td:nth-child(2)"), cell => Assert.Equal("roles-changed", cell.TextContent));
    }
}

public sealed class ClientAuditTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Creating_and_deleting_a_client_is_in_the_audit_trail()
    {
        using var admin = new WebSession(factory);
        admin.Client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, Guid.NewGuid().ToString());
        admin.Client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, "NetworkAdmin");
        var name = "Auditoitava " + Guid.NewGuid().ToString("N")[..6];

        using var created = await admin.SubmitAsync("/verkosto/asiakkaat/uusi", "main form", new Dictionary<string, string>
        {
            ["DisplayName"] = name,
            ["Kind"] = "Confidential",
            ["ClientCredentials"] = "true",
        });
        var list = await admin.GetAsync("/verkosto/asiakkaat");
        var clientId = list.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelector("input[name=clientId]")!.GetAttribute("value")!;
        using var deleted = await admin.SubmitAsync(list, "/verkosto/asiakkaat", $"form:has(input[name=clientId][value='{clientId}'])");

        var log = await admin.GetAsync("/verkosto/loki");
        var rows = log.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, row => row.Contains("client-created", StringComparison.Ordinal) && row.Contains(clientId, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("client-deleted", StringComparison.Ordinal) && row.Contains(clientId, StringComparison.Ordinal));
    }
}
