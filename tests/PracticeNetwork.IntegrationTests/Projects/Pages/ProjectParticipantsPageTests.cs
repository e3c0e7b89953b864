using System.Net;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// /hankkeet/{id}/osallistujat: inviting, answering, the team, managers, contributions and leaving, each through its own
/// form, and the forms only for those who may use them.
/// </summary>
public sealed class ProjectParticipantsPageTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_project_manager_invites_and_the_invited_admin_accepts_with_a_team_chosen_among_its_members()
    {
        var (id, manager, _) = await PublishedProjectAsync();
        var admin = await factory.PersonAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        var colleague = await factory.PersonAsync(Hausjarvi, MunicipalityRoles.Author);
        using var managing = factory.BrowserFor(manager);
        using var answering = factory.BrowserFor(admin);
        var page = await managing.GetDocumentAsync($"/hankkeet/{id}/osallistujat");

        Assert.Null(page.QuerySelector($"#invite-municipality option[value='{Loppi}']"));
        using var invited = await FormPost.From(page, "#kutsu-kunta").Set("municipality", Hausjarvi).SendAsync(managing);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var afterInvite = await managing.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        Assert.Equal("Hausjärvi kutsuttiin mukaan hankkeeseen.", afterInvite.Text(".notice"));
        Assert.StartsWith("Kutsuttu", afterInvite.Texts(".participant-table tbody tr td")[3], StringComparison.Ordinal);
        Assert.Null(afterInvite.QuerySelector($"#invite-municipality option[value='{Hausjarvi}']"));

        var invitation = await answering.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        var accept = invitation.QuerySelector("form[action$='handler=Accept']")!;
        var choices = accept.QuerySelectorAll("input[name=teamMembers]").Select(input => input.GetAttribute("value")).ToList();
        Assert.Contains(colleague.PersonId.ToString(), choices);
        Assert.Contains(admin.PersonId.ToString(), choices);
        using var accepted = await FormPost.From(invitation, "form[action$='handler=Accept']").Set("teamMembers", colleague.PersonId.ToString()).SendAsync(answering);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var project = (await factory.ProjectAsAsync(manager, id))!;
        Assert.Equal(ParticipantState.Accepted, Assert.Single(project.Participants).State);
        Assert.Contains(project.Team, person => person.PersonId == colleague.PersonId && person.MunicipalityId == admin.MunicipalityId);
        Assert.DoesNotContain(project.Team, person => person.PersonId == admin.PersonId);
    }

    [Fact]
    public async Task An_invitation_to_a_draft_is_answered_from_what_the_invitation_says_and_declining_leaves_the_project_hidden()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var title = UniqueTitle("Luonnos kutsuu");
        var id = await factory.DraftProjectAsync(manager, SampleProject(title));
        var admin = await factory.ActorAsync(Karkola, MunicipalityRoles.MunicipalityAdmin);
        await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, await factory.ProjectVersionAsync(manager, id)));
        using var client = factory.BrowserFor(admin);

        var own = await client.GetDocumentAsync("/kunta/hankkeet");
        var page = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        using var declined = await FormPost.From(page, "form[action$='handler=Decline']").SendAsync(client);

        Assert.Equal(title, own.Text(".invitation-table tbody th"));
        Assert.Equal($"/hankkeet/{id}/osallistujat#kutsu", own.QuerySelector(".invitation-table tbody a")!.GetAttribute("href"));
        Assert.Equal($"Kutsu hankkeeseen: {title}", page.Text("h1"));
        Assert.Null(page.QuerySelector(".participant-table"));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal("/kunta/hankkeet", declined.Headers.Location!.OriginalString);
        Assert.Equal($"Kuntasi kieltäytyi hankkeesta ”{title}”.", (await client.GetDocumentAsync("/kunta/hankkeet")).Text(".notice"));
        using var again = await client.GetAsync($"/hankkeet/{id}/osallistujat");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task The_team_is_kept_by_forms_and_the_last_project_manager_stays_with_the_reason_given()
    {
        var (id, manager, _) = await PublishedProjectAsync();
        var colleague = await factory.PersonAsync(Loppi, MunicipalityRoles.Viewer);
        using var client = factory.BrowserFor(manager);

        var page = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        Assert.NotNull(page.QuerySelector($"#add-member option[value='{colleague.PersonId}']"));
        using var added = await FormPost.From(page, "form[action$='handler=AddMember#hankeryhma']").Set("personId", colleague.PersonId.ToString()).SendAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var withTeam = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        var managerRow = withTeam.QuerySelectorAll(".team-table tbody tr")
            .Single(row => row.QuerySelector("input[name=personId]")?.GetAttribute("value") == manager.PersonId.ToString());
        var unappoint = managerRow.QuerySelector("form[action$='handler=Manager']")!;
        Assert.Equal("false", unappoint.QuerySelector("input[name=isManager]")!.GetAttribute("value"));
        using var refused = await client.SubmitAsync(unappoint);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("Hankkeella on oltava ainakin yksi projektipäällikkö", (await Html.ParseAsync(refused)).Text("#hankeryhma .field-error"), StringComparison.Ordinal);
        Assert.True((await factory.ProjectAsAsync(manager, id))!.Team.Single(person => person.PersonId == manager.PersonId).IsProjectManager);
    }

    [Fact]
    public async Task A_participant_records_its_contribution_and_leaves_after_confirming()
    {
        var (id, manager, _) = await PublishedProjectAsync();
        var admin = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        await factory.JoinAsync(manager, id, admin, admin);
        using var client = factory.BrowserFor(admin);

        var page = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        using var empty = await FormPost.From(page, "form[action$='handler=Contribution#osuus']").Set("role", "").SendAsync(client);
        using var recorded = await FormPost.From(page, "form[action$='handler=Contribution#osuus']")
            .Set("role", "Pilottikunta").Set("resources", "Kaksi kirjastovirkailijaa").SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.StartsWith("Kuvaa kuntasi rooli lyhyesti", (await Html.ParseAsync(empty)).FieldError("contribution-role"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        Assert.Contains("Pilottikunta", after.Text(".participant-table"), StringComparison.Ordinal);
        Assert.Equal("Pilottikunta", after.GetElementById("contribution-role")!.GetAttribute("value"));

        var leaveLink = after.QuerySelector("a.button--danger")!.GetAttribute("href")!;
        var confirm = await client.GetDocumentAsync(leaveLink);
        Assert.Equal("Lähteekö Hausjärvi hankkeesta?", confirm.Text("#leave-heading"));
        using var left = await FormPost.From(confirm, "form[action$='handler=Leave']").SendAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal("/kunta/hankkeet", left.Headers.Location!.OriginalString);
        Assert.Equal(ParticipantState.Left, (await factory.ProjectAsAsync(manager, id))!.Participants.Single().State);
    }

    [Fact]
    public async Task A_reader_who_may_do_nothing_sees_the_participants_and_no_forms()
    {
        var (id, _, _) = await PublishedProjectAsync();
        using var client = factory.BrowserFor(await factory.ActorAsync(Espoo, MunicipalityRoles.MunicipalityAdmin));

        var page = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");

        Assert.NotNull(page.QuerySelector(".participant-table"));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task A_post_the_reader_may_not_make_is_refused_and_changes_nothing()
    {
        var (id, manager, _) = await PublishedProjectAsync();
        var outsider = await factory.ActorAsync(Espoo, MunicipalityRoles.MunicipalityAdmin);
        using var client = factory.BrowserFor(outsider);
        var page = await client.GetDocumentAsync($"/hankkeet/{id}/osallistujat");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await client.GetDocumentAsync("/profiili")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = (await factory.ProjectVersionAsync(manager, id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["municipality"] = Espoo,
        });
        using var response = await client.PostAsync($"/hankkeet/{id}/osallistujat?handler=Invite", content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await factory.ProjectAsAsync(manager, id))!.Participants);
    }

    private async Task<(Guid Id, Actor Manager, Actor Reviewer)> PublishedProjectAsync()
    {
        var manager = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var id = await factory.DraftProjectAsync(manager, SampleProject(UniqueTitle("Osallistujat")));
        await factory.PublishProjectAsync(manager, reviewer, id);
        return (id, manager, reviewer);
    }
}
