using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>Good practices as the shared content machinery sees them: their noun and their typed events.</summary>
internal sealed class PracticeContentType : ContentType<GoodPractice, PracticeContent>
{
    public const string Name = "practice";

    public override string Noun => Name;

    public override string PathOf(Guid id) => $"/kaytannot/{id}";

    public override SearchFacets SearchFacetsOf(GoodPractice item) => new(item.Stage.ToString(), item.EvidenceLevel.ToString(), HasKpis: false);

    public override ContentEvent Published(GoodPractice item, Guid by, DateTimeOffset at) => Stamp<PracticePublished>(item, by, at);

    public override ContentEvent Updated(GoodPractice item, Guid by, DateTimeOffset at, IReadOnlyList<string> fields) =>
        Stamp<PracticeUpdated>(item, by, at) with { Fields = fields };

    public override ContentEvent Archived(GoodPractice item, Guid by, DateTimeOffset at, bool deleted) =>
        Stamp<PracticeArchived>(item, by, at) with { Deleted = deleted };
}
