using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Every reader × every kind of item × every read: the detail, the network list with its count and the municipality's
/// own list show exactly what the reader may open, from one table.
/// </summary>
public sealed class PracticeVisibilityMatrixTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Who
    {
        Anonymous,
        ViewerOwn,
        CreatingAuthorOwn,
        OtherAuthorOwn,
        ReviewerOwn,
        ViewerForeign,
        ReviewerForeign,
    }

    /// <summary>Kärkölä's items are written by the creating author; Espoo's by an Espoo author who is not among the readers.</summary>
    private static readonly (string Item, bool Foreign, Audience Audience, WorkflowStep[] Steps, bool[] Opens)[] Table =
    [
        // Columns follow Who: anonymous, viewer own, creating author, other author own, reviewer own, viewer foreign, reviewer foreign.
        ("draft", false, Audience.Public, [], [false, false, true, false, true, false, false]),
        ("in review", false, Audience.Public, [WorkflowStep.SubmitForReview], [false, false, true, false, true, false, false]),
        ("published internal", false, Audience.Internal, [WorkflowStep.SubmitForReview, WorkflowStep.Publish], [false, true, true, true, true, false, false]),
        ("published network", false, Audience.Network, [WorkflowStep.SubmitForReview, WorkflowStep.Publish], [false, true, true, true, true, true, true]),
        ("published public", false, Audience.Public, [WorkflowStep.SubmitForReview, WorkflowStep.Publish], [true, true, true, true, true, true, true]),
        ("archived public", false, Audience.Public, [WorkflowStep.SubmitForReview, WorkflowStep.Publish, WorkflowStep.Archive], [true, true, true, true, true, true, true]),
        ("archived internal", false, Audience.Internal, [WorkflowStep.SubmitForReview, WorkflowStep.Publish, WorkflowStep.Archive], [false, true, true, true, true, false, false]),
        ("foreign draft", true, Audience.Public, [], [false, false, false, false, false, false, true]),
        ("foreign in review", true, Audience.Network, [WorkflowStep.SubmitForReview], [false, false, false, false, false, false, true]),
        ("foreign published internal", true, Audience.Internal, [WorkflowStep.SubmitForReview, WorkflowStep.Publish], [false, false, false, false, false, true, true]),
    ];

    [Fact]
    public async Task Every_list_and_count_holds_exactly_the_items_the_reader_may_open()
    {
        var readers = new Dictionary<Who, Actor?>
        {
            [Who.Anonymous] = null,
            [Who.ViewerOwn] = await factory.ActorAsync("316", MunicipalityRoles.Viewer),
            [Who.CreatingAuthorOwn] = await factory.ActorAsync("316", MunicipalityRoles.Author),
            [Who.OtherAuthorOwn] = await factory.ActorAsync("316", MunicipalityRoles.Author),
            [Who.ReviewerOwn] = await factory.ActorAsync("316", MunicipalityRoles.Reviewer),
            [Who.ViewerForeign] = await factory.ActorAsync("049", MunicipalityRoles.Viewer),
            [Who.ReviewerForeign] = await factory.ActorAsync("049", MunicipalityRoles.Reviewer),
        };
        var foreignAuthor = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var items = new List<Item>();
        foreach (var (item, foreign, audience, steps, opens) in Table)
        {
            var (id, _) = foreign
                ? await factory.PracticeAsync(foreignAuthor, readers[Who.ReviewerForeign], Practices.SampleContent(audience, item), steps)
                : await factory.PracticeAsync(readers[Who.CreatingAuthorOwn]!, readers[Who.ReviewerOwn], Practices.SampleContent(audience, item), steps);
            var status = steps.Length switch { 0 => PublicationStatus.Draft, 1 => PublicationStatus.InReview, 2 => PublicationStatus.Published, _ => PublicationStatus.Archived };
            items.Add(new Item(item, id, foreign, status, opens));
        }

        var mismatches = new List<string>();
        void Expect<T>(Who who, string read, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                mismatches.Add($"{who}, {read}: expected {expected}, got {actual}");
            }
        }

        foreach (var (who, reader) in readers)
        {
            var opens = items.Where(item => item.Opens[(int)who]).ToList();
            foreach (var item in items)
            {
                Expect(who, $"GetPractice({item.Name})", item.Opens[(int)who], await factory.OpenAsync(reader, item.Id) is not null);
            }

            var published = await factory.SendAsync(reader, new ListPractices(new PracticeFilter(), PageSize: 100));
            Expect(who, "ListPractices", Names(opens.Where(item => item.Status == PublicationStatus.Published)), Names(items.Where(item => published.Items.Any(listed => listed.Id == item.Id))));
            Expect(who, "ListPractices total", opens.Count(item => item.Status == PublicationStatus.Published), published.Total);
            Expect(who, "ListPractices rows", published.Total, published.Items.Count);

            var withArchive = await factory.SendAsync(reader, new ListPractices(new PracticeFilter(IncludeArchived: true), PageSize: 100));
            Expect(who, "ListPractices+archived", Names(opens.Where(item => item.Status is PublicationStatus.Published or PublicationStatus.Archived)), Names(items.Where(item => withArchive.Items.Any(listed => listed.Id == item.Id))));
            Expect(who, "ListPractices+archived total", opens.Count(item => item.Status is PublicationStatus.Published or PublicationStatus.Archived), withArchive.Total);
            Expect(who, "ListPractices+archived rows", withArchive.Total, withArchive.Items.Count);

            // The own list: the items of the reader's acting municipality that the reader may open.
            var foreignReader = who is Who.ViewerForeign or Who.ReviewerForeign;
            var own = await factory.SendAsync(reader, new ListMunicipalityPractices(PageSize: 100));
            var ownExpected = reader is null ? [] : opens.Where(item => item.Foreign == foreignReader).ToList();
            Expect(who, "ListMunicipalityPractices", Names(ownExpected), Names(items.Where(item => own.Items.Any(listed => listed.Id == item.Id))));
            Expect(who, "ListMunicipalityPractices total", ownExpected.Count, own.Total);
            Expect(who, "ListMunicipalityPractices rows", own.Total, own.Items.Count);

            foreach (var status in Enum.GetValues<PublicationStatus>())
            {
                var byStatus = await factory.SendAsync(reader, new ListMunicipalityPractices(status, PageSize: 100));
                var expected = ownExpected.Where(item => item.Status == status).ToList();
                Expect(who, $"ListMunicipalityPractices({status})", Names(expected), Names(items.Where(item => byStatus.Items.Any(listed => listed.Id == item.Id))));
                Expect(who, $"ListMunicipalityPractices({status}) total", expected.Count, byStatus.Total);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private sealed record Item(string Name, Guid Id, bool Foreign, PublicationStatus Status, bool[] Opens);

    private static string Names(IEnumerable<Item> items) => string.Join(", ", items.Select(item => item.Name).Order(StringComparer.Ordinal));
}
