using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The network-wide practice list reads its filters, count and order from the search index. Right after each change
/// (publish, a minor edit that moves a practice to another theme, archive, delete, restore), with no waiting, every
/// kind of reader gets exactly the practices they may open, filtered, counted and ordered as they asked; the model
/// below is the oracle, not the database query the index replaces.
/// </summary>
public sealed class IndexedListTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static readonly CompareInfo Finnish = CultureInfo.GetCultureInfo("fi-FI").CompareInfo;

    private readonly List<Listed> _listed = [];

    [Fact]
    public async Task Every_reader_gets_what_they_may_open_filtered_counted_and_ordered_right_after_each_change()
    {
        await IndexReadyAsync();
        var karkolaAuthor = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var karkolaReviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var espooAuthor = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var espooAdmin = await factory.ActorAsync("049", MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);
        var readers = new Dictionary<string, Actor?>
        {
            ["anonymous"] = null,
            ["Kärkölä viewer"] = await factory.ActorAsync("316", MunicipalityRoles.Viewer),
            ["Vaasa viewer"] = await factory.ActorAsync("905", MunicipalityRoles.Viewer),
        };

        await PublishAsync(karkolaAuthor, karkolaReviewer, "arkisto ja asiakirjat", Audience.Public, PracticeStage.InUse, Theme.Transport);
        await PublishAsync(karkolaAuthor, karkolaReviewer, "Zeta-työtila", Audience.Network, PracticeStage.Piloted, Theme.Transport, Theme.Youth);
        await PublishAsync(karkolaAuthor, karkolaReviewer, "Öljylämmityksen vaihto", Audience.Internal, PracticeStage.InUse, Theme.EnvironmentAndClimate);
        await PublishAsync(espooAuthor, espooAdmin, "Åbolands skolskjuts", Audience.Public, PracticeStage.Established, Theme.Transport);
        var voting = await PublishAsync(espooAuthor, espooAdmin, "Äänestyspaikkojen opasteet", Audience.Public, PracticeStage.InUse, Theme.Participation);
        var meetings = await PublishAsync(espooAuthor, espooAdmin, "Etäkokousten käytännöt", Audience.Network, PracticeStage.InUse, Theme.Youth);
        var library = await PublishAsync(espooAuthor, espooAdmin, "Kirjastoauto", Audience.Public, PracticeStage.InUse, Theme.CultureAndLeisure);
        await factory.PracticeAsync(karkolaAuthor, karkolaReviewer, Content("Keskeneräinen luonnos", Audience.Public, PracticeStage.Idea, Theme.Transport), WorkflowStep.SubmitForReview);
        await AssertListsAsync(readers, "after publishing");

        var alphabetical = await factory.SendAsync(readers["Kärkölä viewer"], new ListPractices(new PracticeFilter(Sort: PracticeSort.Title), PageSize: 50));
        Assert.Equal(
            ["arkisto ja asiakirjat", "Etäkokousten käytännöt", "Kirjastoauto", "Zeta-työtila", "Åbolands skolskjuts", "Äänestyspaikkojen opasteet", "Öljylämmityksen vaihto"],
            alphabetical.Items.Select(item => item.Title));

        meetings.Version = await factory.SendAsync(espooAdmin, new UpdatePractice(meetings.Id,
            Content(meetings.Title, meetings.Audience, PracticeStage.Piloted, Theme.Transport), meetings.Version, MinorChange: true));
        meetings.Themes = [Theme.Transport];
        meetings.Stage = PracticeStage.Piloted;
        await AssertListsAsync(readers, "after a minor edit moved a practice to another theme and stage");

        voting.Version = await factory.SendAsync(espooAdmin, new ChangePracticeStatus(voting.Id, WorkflowStep.Archive, voting.Version));
        voting.Archived = true;
        await AssertListsAsync(readers, "after archiving");

        await factory.SendAsync(espooAdmin, new DeletePractice(library.Id, library.Version));
        _listed.Remove(library);
        await AssertListsAsync(readers, "after deleting");

        await factory.SendAsync(espooAdmin, new RestoreDeletedPractice(library.Id));
        _listed.Add(library);
        await AssertListsAsync(readers, "after restoring from the bin");
    }

    [Fact]
    public async Task The_project_list_finds_projects_by_participant_running_year_and_joint_work_at_once()
    {
        await IndexReadyAsync();
        var joint = await factory.JointProjectAsync("316", "433", Audience.Internal);
        var espooManager = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var espooReviewer = await factory.ActorAsync("049", MunicipalityRoles.Reviewer);
        var finished = await factory.SendAsync(espooManager, new CreateProject(Projects.SampleContent(Audience.Public, "Päättynyt kirjastohanke", ProjectStatus.Completed)
            with { StartDate = new DateOnly(2018, 3, 1), EndDate = new DateOnly(2019, 12, 31) }));
        var version = await factory.SendAsync(espooManager, new TakeProjectStep(finished, WorkflowStep.SubmitForReview, 0));
        await factory.SendAsync(espooReviewer, new TakeProjectStep(finished, WorkflowStep.Publish, version));
        var karkola = await factory.MunicipalityIdAsync("316");
        var loppi = await factory.MunicipalityIdAsync("433");
        var loppiViewer = await factory.ActorAsync("433", MunicipalityRoles.Viewer);
        var vaasaViewer = await factory.ActorAsync("905", MunicipalityRoles.Viewer);
        var karkolaViewer = await factory.ActorAsync("316", MunicipalityRoles.Viewer);

        async Task<List<Guid>> ListAsync(Actor? reader, ProjectFilter filter)
        {
            var page = await factory.SendAsync(reader, new ListProjects(filter, PageSize: 50));
            Assert.Equal(page.Items.Count, page.Total);
            return [.. page.Items.Select(item => item.Id)];
        }

        // The internal joint project is Kärkölä's and Loppi's (a participant), and a Loppi filter finds it.
        Assert.Equal([joint.Id], await ListAsync(loppiViewer, new ProjectFilter(MunicipalityIds: [loppi])));
        Assert.Equal([joint.Id], await ListAsync(loppiViewer, new ProjectFilter(JointOnly: true)));
        Assert.Empty(await ListAsync(vaasaViewer, new ProjectFilter(MunicipalityIds: [karkola, loppi])));
        Assert.Equal([finished], await ListAsync(vaasaViewer, new ProjectFilter()));
        Assert.Equal([joint.Id, finished], await ListAsync(karkolaViewer, new ProjectFilter()));
        Assert.Equal([finished, joint.Id], await ListAsync(karkolaViewer, new ProjectFilter(Sort: ProjectSort.Title)));

        // Running years: the finished one ran 2018–2019, the joint one from 2019 with no end.
        Assert.Equal([joint.Id, finished], await ListAsync(karkolaViewer, new ProjectFilter(Year: 2019)));
        Assert.Equal([finished], await ListAsync(karkolaViewer, new ProjectFilter(Year: 2018)));
        Assert.Equal([joint.Id], await ListAsync(karkolaViewer, new ProjectFilter(Year: DateTimeOffset.UtcNow.Year)));
        Assert.Empty(await ListAsync(null, new ProjectFilter(Year: DateTimeOffset.UtcNow.Year)));

        // Once Loppi leaves, its members no longer open the internal project: not in the list, not in its count.
        await factory.SendAsync(joint.ParticipantAdmin, new LeaveProject(joint.Id, joint.Version));
        Assert.Empty(await ListAsync(loppiViewer, new ProjectFilter(MunicipalityIds: [loppi])));
        Assert.Empty(await ListAsync(loppiViewer, new ProjectFilter(JointOnly: true)));
        Assert.Equal([joint.Id], await ListAsync(karkolaViewer, new ProjectFilter(MunicipalityIds: [karkola])));
    }

    private async Task<Listed> PublishAsync(Actor author, Actor reviewer, string title, Audience audience, PracticeStage stage, params Theme[] themes)
    {
        var (id, version) = await factory.PracticeAsync(author, reviewer, Content(title, audience, stage, themes), WorkflowStep.SubmitForReview, WorkflowStep.Publish);
        var listed = new Listed(id, author.MunicipalityId, title, audience) { Version = version, Stage = stage, Themes = themes };
        _listed.Add(listed);
        return listed;
    }

    private static PracticeContent Content(string title, Audience audience, PracticeStage stage, params Theme[] themes) =>
        Practices.SampleContent(audience, title) with { Stage = stage, Themes = themes };

    private async Task AssertListsAsync(IReadOnlyDictionary<string, Actor?> readers, string when)
    {
        var espoo = await factory.MunicipalityIdAsync("049");
        var year = DateTimeOffset.UtcNow.Year;
        PracticeFilter[] filters =
        [
            new(), new(Sort: PracticeSort.Title), new(Sort: PracticeSort.Updated), new(Theme: Theme.Transport), new(Stage: PracticeStage.InUse),
            new(Year: year), new(Year: year - 1), new(MunicipalityIds: [espoo]), new(IncludeArchived: true, Sort: PracticeSort.Title),
            new(MunicipalityIds: []),
        ];
        var updated = await factory.TablesAsync(db => db.Practices.IgnoreQueryFilters().ToDictionaryAsync(practice => practice.Id, practice => practice.UpdatedAt));
        var published = await factory.TablesAsync(db => db.Practices.IgnoreQueryFilters().Where(practice => practice.PublishedAt != null)
            .ToDictionaryAsync(practice => practice.Id, practice => practice.PublishedAt!.Value));
        foreach (var (name, reader) in readers)
        {
            foreach (var filter in filters)
            {
                var expected = Expected(reader, filter, updated, published);
                var answer = await factory.SendAsync(reader, new ListPractices(filter, PageSize: 50));
                var because = $"{when}, {name}, {Describe(filter)}";
                Assert.True(expected.SequenceEqual(answer.Items.Select(item => item.Id)),
                    $"{because}: expected {Titles(expected)}, got {string.Join(" | ", answer.Items.Select(item => item.Title))}");
                Assert.True(expected.Count == answer.Total, $"{because}: count {answer.Total}, expected {expected.Count}");

                var second = await factory.SendAsync(reader, new ListPractices(filter, Page: 2, PageSize: 2));
                Assert.True(expected.Skip(2).Take(2).SequenceEqual(second.Items.Select(item => item.Id)), $"{because}: the second page of two");
                Assert.True(expected.Count == second.Total, $"{because}: the second page's count");
            }
        }
    }

    private List<Guid> Expected(Actor? reader, PracticeFilter filter, Dictionary<Guid, DateTimeOffset> updated, Dictionary<Guid, DateTimeOffset> published)
    {
        var open = _listed.Where(item => item.Audience switch
        {
            Audience.Public => true,
            Audience.Network => reader is not null,
            _ => reader?.MunicipalityId == item.MunicipalityId,
        });
        var matching = open.Where(item => (filter.IncludeArchived || !item.Archived)
            && (filter.MunicipalityIds is null || filter.MunicipalityIds.Contains(item.MunicipalityId))
            && (filter.Theme is null || item.Themes.Contains(filter.Theme.Value))
            && (filter.Stage is null || item.Stage == filter.Stage)
            && (filter.Year is null || published[item.Id].UtcDateTime.Year == filter.Year)).ToList();
        IEnumerable<Listed> ordered = filter.Sort switch
        {
            PracticeSort.Title => matching.Order(Comparer<Listed>.Create((a, b) => Finnish.Compare(a.Title, b.Title, CompareOptions.IgnoreCase))),
            PracticeSort.Updated => matching.OrderByDescending(item => updated[item.Id]),
            _ => matching.OrderByDescending(item => published[item.Id]),
        };
        return [.. ordered.Select(item => item.Id)];
    }

    private string Titles(IEnumerable<Guid> ids) => string.Join(" | ", ids.Select(id => _listed.Single(item => item.Id == id).Title));

    private static string Describe(PracticeFilter filter) => JsonSerializer.Serialize(filter with { MunicipalityIds = filter.MunicipalityIds is { } ids ? [.. ids] : null });

    private async Task IndexReadyAsync()
    {
        var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=kirjasto")).RootElement;
            if (answer.GetProperty("ready").GetBoolean())
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The search index was not built within 30 s of start.");
            await Task.Delay(100);
        }
    }

    private sealed record Listed(Guid Id, Guid MunicipalityId, string Title, Audience Audience)
    {
        public int Version { get; set; }

        public PracticeStage Stage { get; set; }

        public IReadOnlyList<Theme> Themes { get; set; } = [];

        public bool Archived { get; set; }
    }
}
