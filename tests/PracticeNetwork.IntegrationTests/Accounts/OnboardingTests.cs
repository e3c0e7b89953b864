using System.Net;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.TestSupport;

namespace PracticeNetwork.IntegrationTests;

public sealed class OnboardingTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_network_admin_appoints_a_municipalitys_first_admin_who_joins_by_the_emailed_link()
    {
        using var networkAdmin = new WebSession(factory);
        networkAdmin.Client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, Guid.NewGuid().ToString());
        networkAdmin.Client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, "NetworkAdmin");
        var firstAdmin = $"first-admin-{Guid.NewGuid():N}@utsjoki.example";

        using var sent = await networkAdmin.SubmitAsync("/verkosto/kunnat", "main form", new Dictionary<string, string>
        {
            ["MunicipalityCode"] = "890",
            ["AdminEmail"] = firstAdmin,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(firstAdmin, (await networkAdmin.GetAsync("/verkosto/kunnat")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var link = MailDrop.LinkIn(await factory.Mail.WaitForMessageToAsync(firstAdmin), "/kutsu/");
        using var invitee = new WebSession(factory);
        using var joined = await invitee.SubmitAsync(link, "form[action*=Register]", new Dictionary<string, string>
        {
            ["DisplayName"] = "Utsjoen Pääkäyttäjä",
            ["Password"] = "a passphrase for utsjoki",
            ["ConfirmPassword"] = "a passphrase for utsjoki",
        });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        using var members = await invitee.GetResponseAsync("/kunta/jasenet");
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        var table = (await networkAdmin.GetAsync("/verkosto/kunnat")).QuerySelector("table")!.TextContent;
        Assert.Contains("Utsjoki", table, StringComparison.Ordinal);

        // Now that Utsjoki has an admin, network admins cannot invite themselves or anyone else in as admin.
        using var again = await networkAdmin.SubmitAsync("/verkosto/kunnat", "main form", new Dictionary<string, string>
        {
            ["MunicipalityCode"] = "890",
            ["AdminEmail"] = $"second-{Guid.NewGuid():N}@utsjoki.example",
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Utsjoki", (await Html.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_admin_cannot_onboard_other_municipalities()
    {
        var admin = await factory.NewMemberAsync("316", MunicipalityRoles.MunicipalityAdmin);
        using var client = factory.ClientFor(admin.PersonId, admin.MunicipalityId);
        var page = await client.GetDocumentAsync("/");
        var token = page.QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var sneaky = $"sneaky-{Guid.NewGuid():N}@test.example";

        using var shown = await client.GetAsync("/verkosto/kunnat");
        using var posted = await client.PostAsync("/verkosto/kunnat", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["MunicipalityCode"] = "890",
            ["AdminEmail"] = sneaky,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, shown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        var utsjoki = await factory.MunicipalityIdAsync("890");
        var pending = await factory.InScopeAsync(utsjoki, async services => await services.GetRequiredService<ISender>().Send(new ListPendingInvitations()));
        Assert.DoesNotContain(pending, invitation => invitation.Email == sneaky);
    }
}
