using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

internal static class OwnDrafts
{
    /// <summary>How many drafts <paramref name="personId"/> has written, as their municipality's own list shows them.</summary>
    public static async Task<int> DraftsByAsync(this PracticeNetworkFactory factory, Guid personId, Guid municipalityId) =>
        (await factory.AsMemberAsync((personId, municipalityId), MunicipalityRoles.Author,
            sender => sender.Send(new ListMunicipalityPractices(PublicationStatus.Draft)).AsTask()))
        .Items.Count(item => item.CreatedBy == personId);
}
