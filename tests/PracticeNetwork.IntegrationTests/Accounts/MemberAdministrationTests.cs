using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/kunta/jasenet: only the acting municipality's admins, only that municipality's members.</summary>
public sealed class MemberAdministrationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Theory]
    [InlineData(MunicipalityRoles.Viewer)]
    [InlineData(MunicipalityRoles.Author)]
    [InlineData(MunicipalityRoles.Reviewer)]
    public async Task Only_municipality_admins_open_the_member_page(MunicipalityRoles roles)
    {
        var person = await factory.NewAccountAsync(("316", roles));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(person.Email, Accounts.Password);

        using var response = await session.GetResponseAsync("/kunta/jasenet");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Ei käyttöoikeutta", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_non_admin_cannot_invite_even_with_a_valid_form_token()
    {
        var viewer = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer | MunicipalityRoles.Author | MunicipalityRoles.Reviewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(viewer.Email, Accounts.Password);
        var profile = await session.GetAsync("/profiili");
        var token = profile.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await session.Client.PostAsync("/kunta/jasenet?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["InviteEmail"] = $"sneaky-{Guid.NewGuid():N}@test.example",
            ["InviteRoles"] = nameof(MunicipalityRoles.MunicipalityAdmin),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_own_members_only_and_can_change_roles()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var colleague = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        var outsider = await factory.NewAccountAsync(("049", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);

        var page = await session.GetAsync("/kunta/jasenet");
        var text = page.QuerySelector("table")!.TextContent;
        Assert.Contains(colleague.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(outsider.Email, text, StringComparison.Ordinal);

        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(colleague.Email, StringComparison.Ordinal));
        var membershipId = row.QuerySelector("input[name=membershipId]")!.GetAttribute("value")!;
        using var changed = await session.SubmitAsync(page, "/kunta/jasenet", $"form.roles-form:has(input[value='{membershipId}'])", new Dictionary<string, string>
        {
            ["roles"] = nameof(MunicipalityRoles.Reviewer),
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(MunicipalityRoles.Reviewer, (await RolesOf(colleague.PersonId)).Single().Roles);
    }

    [Fact]
    public async Task An_admin_cannot_touch_another_municipalitys_member_by_posting_its_id()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var outsider = await factory.NewMemberAsync("049", MunicipalityRoles.Viewer);
        var outsiderMembershipId = await factory.InScopeAsync(outsider.MunicipalityId, async services =>
            (await services.GetRequiredService<ISender>().Send(new ListMembers())).Single(m => m.PersonId == outsider.PersonId).MembershipId);
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var page = await session.GetAsync("/kunta/jasenet");

        using var remove = await session.SubmitAsync(page, "/kunta/jasenet", "form[action*=Remove]", new Dictionary<string, string>
        {
            ["membershipId"] = outsiderMembershipId.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Single(await RolesOf(outsider.PersonId));
    }

    [Fact]
    public async Task A_stale_roles_form_is_a_conflict_and_keeps_the_newer_roles()
    {
        var admin = await factory.NewAccountAsync(("316", MunicipalityRoles.MunicipalityAdmin));
        var colleague = await factory.NewAccountAsync(("316", MunicipalityRoles.Viewer));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var stalePage = await session.GetAsync("/kunta/jasenet");
        var membershipId = stalePage.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(colleague.Email, StringComparison.Ordinal))
            .QuerySelector("input[name=membershipId]")!.GetAttribute("value")!;
        var form = $"form.roles-form:has(input[value='{membershipId}'])";

        using var first = await session.SubmitAsync(stalePage, "/kunta/jasenet", form, new Dictionary<string, string> { ["roles"] = nameof(MunicipalityRoles.Author) });
        using var second = await session.SubmitAsync(stalePage, "/kunta/jasenet", form, new Dictionary<string, string> { ["roles"] = nameof(MunicipalityRoles.Reviewer) });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Lataa sivu uudelleen", (await Html.ParseAsync(second)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(MunicipalityRoles.Author, (await RolesOf(colleague.PersonId)).Single().Roles);
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_themselves()
    {
        var espooLike = "091";
        var admin = await factory.NewAccountAsync((espooLike, MunicipalityRoles.MunicipalityAdmin));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(admin.Email, Accounts.Password);
        var page = await session.GetAsync("/kunta/jasenet");
        var mine = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(admin.Email, StringComparison.Ordinal))
            .QuerySelector("input[name=membershipId]")!.GetAttribute("value")!;

        using var refused = await session.SubmitAsync(page, "/kunta/jasenet", $"form[action*=Remove]:has(input[value='{mine}'])");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("vähintään yksi pääkäyttäjä", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await RolesOf(admin.PersonId));
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_cannot_leave_the_municipality_without_one()
    {
        var first = await factory.NewMemberAsync("005", MunicipalityRoles.MunicipalityAdmin);
        var second = await factory.NewMemberAsync("005", MunicipalityRoles.MunicipalityAdmin);

        var error = await Record.ExceptionAsync(() => factory.InScopeAsync(first.MunicipalityId, async one =>
            await factory.InScopeAsync(first.MunicipalityId, async other =>
            {
                // Both checks run before either change is saved: each sees the other still as admin.
                var dbOne = one.GetRequiredService<PracticeNetwork.Modules.Tenancy.Data.TenancyDbContext>();
                var dbOther = other.GetRequiredService<PracticeNetwork.Modules.Tenancy.Data.TenancyDbContext>();
                var firstMembership = await dbOne.Memberships.SingleAsync(m => m.PersonId == first.PersonId);
                var secondMembership = await dbOther.Memberships.SingleAsync(m => m.PersonId == second.PersonId);
                await PracticeNetwork.Modules.Tenancy.Features.Memberships.LastAdminGuard.EnsureAnotherAdminAsync(dbOne, firstMembership, CancellationToken.None);
                await PracticeNetwork.Modules.Tenancy.Features.Memberships.LastAdminGuard.EnsureAnotherAdminAsync(dbOther, secondMembership, CancellationToken.None);
                firstMembership.ChangeRoles(MunicipalityRoles.Viewer);
                secondMembership.ChangeRoles(MunicipalityRoles.Viewer);
                await dbOne.SaveChangesAsync();
                return await dbOther.SaveChangesAsync();
            })));

        Assert.IsType<DbUpdateConcurrencyException>(error);
        var admins = (await RolesOf(first.PersonId)).Concat(await RolesOf(second.PersonId))
            .Count(m => m.Roles.HasFlag(MunicipalityRoles.MunicipalityAdmin));
        Assert.Equal(1, admins);
    }

    private Task<IReadOnlyList<MembershipSummary>> RolesOf(Guid personId) =>
        factory.InScopeAsync(null, async services => await services.GetRequiredService<ISender>().Send(new GetMembershipsOfPerson(personId)));
}
