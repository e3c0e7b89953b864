using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PracticeNetwork.IntegrationTests;

/// <summary>/api/v1/members: a member sees their own municipality's members, never another's.</summary>
public sealed class MembersApiTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_member_sees_the_members_of_their_municipality_and_none_of_another()
    {
        var karkolaMember = await factory.NewMemberAsync("316");
        var karkolaColleague = await factory.NewMemberAsync("316");
        var espooMember = await factory.NewMemberAsync("049");

        var seenInKarkola = await PersonIdsSeenBy(karkolaMember.PersonId, karkolaMember.MunicipalityId);
        var seenInEspoo = await PersonIdsSeenBy(espooMember.PersonId, espooMember.MunicipalityId);

        Assert.Contains(karkolaColleague.PersonId, seenInKarkola);
        Assert.DoesNotContain(espooMember.PersonId, seenInKarkola);
        Assert.Contains(espooMember.PersonId, seenInEspoo);
        Assert.DoesNotContain(karkolaMember.PersonId, seenInEspoo);
        Assert.DoesNotContain(karkolaColleague.PersonId, seenInEspoo);
    }

    [Fact]
    public async Task Claiming_to_act_for_a_municipality_one_is_not_a_member_of_gets_nothing()
    {
        var karkolaMember = await factory.NewMemberAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");

        using var client = factory.ClientFor(karkolaMember.PersonId, espoo);
        using var response = await client.GetAsync("/api/v1/members");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_are_challenged()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/members");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<IReadOnlyList<Guid>> PersonIdsSeenBy(Guid personId, Guid municipalityId)
    {
        using var client = factory.ClientFor(personId, municipalityId);
        var members = await client.GetFromJsonAsync<JsonElement>("/api/v1/members");
        return members.EnumerateArray().Select(member => member.GetProperty("personId").GetGuid()).ToList();
    }
}
