using System.Net;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Invitations and password resets, with the mail read back from the SMTP server (or the pickup folder).</summary>
public sealed class InvitationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task An_admin_invites_by_email_and_the_invitee_creates_an_account_and_becomes_a_member()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var invitee = $"new-{Guid.NewGuid():N}@test.example";
        using var adminSession = new WebSession(factory);
        using var signedIn = await adminSession.SignInAsync(admin.Email, Accounts.Password);

        using var invited = await adminSession.SubmitAsync("/kunta/jasenet", "form[action*=Invite]", new Dictionary<string, string>
        {
            ["InviteEmail"] = invitee,
            ["InviteRoles"] = nameof(MunicipalityRoles.Author),
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains(invitee, (await adminSession.GetAsync("/kunta/jasenet")).QuerySelector("#pending-heading + ul")!.TextContent, StringComparison.Ordinal);

        var mail = await factory.Mail.WaitForMessageToAsync(invitee);
        Assert.Contains("Kärkölä", mail.Subject, StringComparison.Ordinal);
        var link = MailDrop.LinkIn(mail, "/kutsu/");

        using var inviteeSession = new WebSession(factory);
        using var registered = await inviteeSession.SubmitAsync(link, "form[action*=Register]", new Dictionary<string, string>
        {
            ["DisplayName"] = "Uusi Kirjoittaja",
            ["Password"] = "a long enough passphrase",
            ["ConfirmPassword"] = "a long enough passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/profiili", registered.Headers.Location!.OriginalString);
        var profile = await inviteeSession.GetAsync("/profiili");
        Assert.Contains("Kärkölä", profile.QuerySelector(".memberships")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kirjoittaja", profile.QuerySelector(".memberships")!.TextContent, StringComparison.Ordinal);

        using var second = new WebSession(factory);
        using var reused = await second.GetResponseAsync(link);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused_next_to_its_field_and_the_invitation_stays_usable()
    {
        var (token, _) = await IssueAsync(factory, "316", $"short-{Guid.NewGuid():N}@test.example");
        using var session = new WebSession(factory);

        using var refused = await session.SubmitAsync($"/kutsu/{token}", "form[action*=Register]", new Dictionary<string, string>
        {
            ["DisplayName"] = "Lyhyt Salasana",
            ["Password"] = "too short",
            ["ConfirmPassword"] = "too short",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=Password]")!.TextContent));
        using var again = await session.GetResponseAsync($"/kutsu/{token}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task An_existing_account_must_sign_in_as_the_invited_address_to_accept()
    {
        var existing = await factory.NewAccountAsync(("433", MunicipalityRoles.Author));
        var other = await factory.NewAccountAsync(("433", MunicipalityRoles.Author));
        var (token, _) = await IssueAsync(factory, "694", existing.Email);

        using var wrongPerson = new WebSession(factory);
        using var wrongSignIn = await wrongPerson.SignInAsync(other.Email, Accounts.Password);
        Assert.NotNull((await wrongPerson.GetAsync($"/kutsu/{token}")).QuerySelector("main p:not(.lead)"));
        Assert.Null((await wrongPerson.GetAsync($"/kutsu/{token}")).QuerySelector("form[action*=Accept]"));

        using var rightPerson = new WebSession(factory);
        using var signedIn = await rightPerson.SignInAsync(existing.Email, Accounts.Password, $"/kutsu/{token}");
        using var accepted = await rightPerson.SubmitAsync($"/kutsu/{token}", "form[action*=Accept]");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var memberships = await factory.InScopeAsync(null, async services =>
            await services.GetRequiredService<ISender>().Send(new GetMembershipsOfPerson(existing.PersonId)));
        Assert.Equal(["433", "694"], memberships.Select(m => m.MunicipalityCode));
    }

    [Fact]
    public async Task An_unknown_invitation_link_is_404()
    {
        using var session = new WebSession(factory);
        using var response = await session.GetResponseAsync("/kutsu/not-a-real-token");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_reset_link_by_email_sets_a_new_password_and_unknown_addresses_get_the_same_answer()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);

        using var unknown = await session.SubmitAsync("/salasana/unohtui", "main form", new Dictionary<string, string> { ["Email"] = $"nobody-{Guid.NewGuid():N}@test.example" });
        using var known = await session.SubmitAsync("/salasana/unohtui", "main form", new Dictionary<string, string> { ["Email"] = person.Email });
        Assert.Equal(
            (await Html.ParseAsync(unknown)).QuerySelector("main")!.TextContent,
            (await Html.ParseAsync(known)).QuerySelector("main")!.TextContent);

        var link = MailDrop.LinkIn(await factory.Mail.WaitForMessageToAsync(person.Email), "/salasana/uusi");
        using var reset = await session.SubmitAsync(link, "main form", new Dictionary<string, string>
        {
            ["Password"] = "my brand new passphrase",
            ["ConfirmPassword"] = "my brand new passphrase",
        });
        Assert.Contains("kirjaudu", (await Html.ParseAsync(reset)).QuerySelector(".notice + p a")!.GetAttribute("href")!, StringComparison.Ordinal);

        using var oldPassword = await session.SignInAsync(person.Email, Accounts.Password);
        Assert.False(await session.IsSignedInAsync());
        using var newPassword = await session.SignInAsync(person.Email, "my brand new passphrase");
        Assert.True(await session.IsSignedInAsync());

        using var reusedLink = await new WebSession(factory).SubmitAsync(link, "main form", new Dictionary<string, string>
        {
            ["Password"] = "yet another passphrase",
            ["ConfirmPassword"] = "yet another passphrase",
        });
        Assert.NotNull((await Html.ParseAsync(reusedLink)).QuerySelector(".error-summary"));
    }

    internal static async Task<(string Token, Guid MunicipalityId)> IssueAsync(PracticeNetworkFactory factory, string code, string email)
    {
        var municipalityId = await factory.MunicipalityIdAsync(code);
        var issued = await factory.InScopeAsync(municipalityId, async services =>
            await services.GetRequiredService<ISender>().Send(new InviteMember(email, MunicipalityRoles.Viewer, Guid.NewGuid())));
        return (issued.Token, municipalityId);
    }
}

/// <summary>The same host with a clock the test moves: invitations expire after seven days.</summary>
public sealed class ClockedFactory : PracticeNetworkFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class InvitationExpiryTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task An_invitation_works_for_seven_days_and_not_after()
    {
        var (fresh, _) = await InvitationTests.IssueAsync(factory, "316", $"fresh-{Guid.NewGuid():N}@test.example");
        var (stale, _) = await InvitationTests.IssueAsync(factory, "316", $"stale-{Guid.NewGuid():N}@test.example");
        using var session = new WebSession(factory);

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using var stillValid = await session.GetResponseAsync($"/kutsu/{fresh}");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await session.GetResponseAsync($"/kutsu/{stale}");

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        using var register = await session.Client.PostAsync($"/kutsu/{stale}?handler=Register", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, register.StatusCode);
    }
}

public sealed class InvitationRevocationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task An_admin_withdraws_a_pending_invitation_and_its_link_stops_working()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var invitee = $"mistyped-{Guid.NewGuid():N}@test.example";
        var (token, _) = await InvitationTests.IssueAsync(factory, "316", invitee);
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var page = await session.GetAsync("/kunta/jasenet");
        var item = page.QuerySelectorAll("#pending-heading + ul li").Single(li => li.TextContent.Contains(invitee, StringComparison.Ordinal));
        var invitationId = item.QuerySelector("input[name=invitationId]")!.GetAttribute("value")!;

        using var withdrawn = await session.SubmitAsync(page, "/kunta/jasenet", $"form:has(input[name=invitationId][value='{invitationId}'])");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(invitee, (await session.GetAsync("/kunta/jasenet")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var link = await new WebSession(factory).GetResponseAsync($"/kutsu/{token}");
        Assert.Equal(HttpStatusCode.Gone, link.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_withdraw_another_municipalitys_invitation()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var (token, espoo) = await InvitationTests.IssueAsync(factory, "049", $"espoo-{Guid.NewGuid():N}@test.example");
        var espooInvitationId = await factory.InScopeAsync(null, async services =>
            (await services.GetRequiredService<ISender>().Send(new GetInvitation(token)))!.InvitationId);
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var page = await session.GetAsync("/kunta/jasenet");

        using var forged = await session.Client.PostAsync("/kunta/jasenet?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["invitationId"] = espooInvitationId.ToString(),
            ["__RequestVerificationToken"] = page.QuerySelector("form[action*=Invite] input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        using var stillValid = await new WebSession(factory).GetResponseAsync($"/kutsu/{token}");
        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.NotEqual(Guid.Empty, espoo);
    }
}

/// <summary>A test host whose mail goes through the Hangfire queue, as in production.</summary>
public sealed class QueuedMailFactory : PracticeNetworkFactory
{
    protected override bool QueueEmail => true;
}

public sealed class QueuedMailTests(QueuedMailFactory factory) : IClassFixture<QueuedMailFactory>
{
    [Fact]
    public async Task Queued_mail_cannot_be_read_in_the_job_storage_or_on_the_jobs_dashboard()
    {
        var person = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var asked = await session.SubmitAsync("/salasana/unohtui", "main form", new Dictionary<string, string> { ["Email"] = person.Email });
        await factory.Mail.WaitForMessageToAsync(person.Email);

        // Whatever state the job is in (enqueued, processing, succeeded, scheduled for a retry), its arguments are sealed.
        var monitoring = factory.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var jobs = monitoring.EnqueuedJobs("default", 0, 500).Select(job => job.Value.Job)
            .Concat(monitoring.ProcessingJobs(0, 500).Select(job => job.Value.Job))
            .Concat(monitoring.SucceededJobs(0, 500).Select(job => job.Value.Job))
            .Concat(monitoring.ScheduledJobs(0, 500).Select(job => job.Value.Job))
            .Where(job => job?.Type == typeof(PracticeNetwork.Host.Infrastructure.Email.EmailDeliveryJob))
            .ToList();
        var arguments = jobs.SelectMany(job => job!.Args.Select(argument => argument?.ToString() ?? string.Empty)).ToList();

        Assert.NotEmpty(arguments);
        Assert.DoesNotContain(arguments, argument => argument.Contains(person.Email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(arguments, argument => argument.Contains("/salasana/uusi", StringComparison.Ordinal));
    }
}
