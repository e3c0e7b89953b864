using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

internal static class Members
{
    public static Task<Guid> MunicipalityIdAsync(this PracticeNetworkFactory factory, string code) =>
        factory.InScopeAsync(null, async services =>
            (await services.GetRequiredService<ISender>().Send(new GetMunicipality(code)))!.Municipality.Id);

    /// <summary>A new person who is a member of the municipality with <paramref name="code"/>.</summary>
    public static async Task<(Guid PersonId, Guid MunicipalityId)> NewMemberAsync(
        this PracticeNetworkFactory factory, string code, MunicipalityRoles roles = MunicipalityRoles.Viewer)
    {
        var municipalityId = await factory.MunicipalityIdAsync(code);
        var personId = Guid.NewGuid();
        await factory.InScopeAsync(municipalityId, async services =>
            await services.GetRequiredService<ISender>().Send(new AddMembership(personId, roles)));
        return (personId, municipalityId);
    }

    public static HttpClient ClientFor(this PracticeNetworkFactory factory, Guid personId, Guid municipalityId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, personId.ToString());
        client.DefaultRequestHeaders.Add(TestAuthentication.MunicipalityHeader, municipalityId.ToString());
        return client;
    }
}
