using System.Net;
using System.Runtime.CompilerServices;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Who opens which project on every project page: readers × a draft and internal, network and public projects of
/// Loppi that Hausjärvi takes part in and Riihimäki is invited to. A page the reader may not open is a 404 that
/// names nothing, the same as a missing project.
/// </summary>
public sealed class ProjectPageVisibilityTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Reader
    {
        Anonymous,
        OwnerViewer,
        OwnerAuthor,
        ParticipantTeamMember,
        ParticipantViewer,
        InvitedAdmin,
        ForeignViewer,
    }

    public enum Kind
    {
        Draft,
        Internal,
        Network,
        Public,
    }

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<Data>> Shared = new();

    private static readonly Reader[] Everyone = Enum.GetValues<Reader>();

    private static readonly Dictionary<Kind, Reader[]> SeenBy = new()
    {
        // A draft: its writers and the team, wherever the team comes from; no one else taking part, nor the invited.
        [Kind.Draft] = [Reader.OwnerAuthor, Reader.ParticipantTeamMember],
        // Published for the owner only: every member of a municipality taking part opens it.
        [Kind.Internal] = [Reader.OwnerViewer, Reader.OwnerAuthor, Reader.ParticipantTeamMember, Reader.ParticipantViewer],
        [Kind.Network] = [.. Everyone.Where(reader => reader != Reader.Anonymous)],
        [Kind.Public] = Everyone,
    };

    private sealed record Item(Guid Id, Guid DocumentId, string Title);

    private sealed record Data(Dictionary<Reader, Actor?> Readers, Dictionary<Kind, Item> Items);

    public static TheoryData<Reader> Readers() => [.. Everyone];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_project_page_history_timeline_and_documents_open_exactly_for_those_who_may_see_the_project(Reader reader)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        using var client = factory.BrowserFor(data.Readers[reader]);

        foreach (var (kind, item) in data.Items)
        {
            var visible = SeenBy[kind].Contains(reader);
            var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            foreach (var url in new[] { $"/hankkeet/{item.Id}", $"/hankkeet/{item.Id}/historia", $"/hankkeet/{item.Id}/aikajana", $"/hankkeet/{item.Id}/dokumentit/{item.DocumentId}" })
            {
                using var response = await client.GetAsync(url);
                Assert.True(expected == response.StatusCode, $"{reader} opening {url} of the {kind} project: {response.StatusCode}");
                var body = await response.Content.ReadAsStringAsync();
                if (!visible)
                {
                    Assert.DoesNotContain(item.Title, body, StringComparison.Ordinal);
                }
            }

            if (visible)
            {
                var page = await client.GetDocumentAsync($"/hankkeet/{item.Id}");
                Assert.Equal(item.Title, page.Text("h1"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_participants_page_opens_like_the_project_and_for_the_invited_admin_as_the_invitation(Reader reader)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        using var client = factory.BrowserFor(data.Readers[reader]);

        foreach (var (kind, item) in data.Items)
        {
            using var response = await client.GetAsync($"/hankkeet/{item.Id}/osallistujat");
            if (reader == Reader.Anonymous)
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                continue;
            }

            var answersInvitation = reader == Reader.InvitedAdmin;
            var expected = SeenBy[kind].Contains(reader) || answersInvitation ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(expected == response.StatusCode, $"{reader} opening the participants of the {kind} project: {response.StatusCode}");
            if (answersInvitation)
            {
                var page = await Html.ParseAsync(response);
                Assert.NotNull(page.QuerySelector("form[action$='/osallistujat?handler=Accept']"));
                Assert.Equal(SeenBy[kind].Contains(reader), page.QuerySelector("#participants-heading") is not null);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_list_shows_the_published_projects_the_reader_may_open_and_never_a_draft_to_those_outside_it(Reader reader)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        using var client = factory.BrowserFor(data.Readers[reader]);

        var page = await client.GetDocumentAsync("/hankkeet?kunta=433&jarjestys=Updated&sivu=1");
        var titles = page.ProjectCardTitles();

        foreach (var kind in new[] { Kind.Internal, Kind.Network, Kind.Public })
        {
            Assert.True(SeenBy[kind].Contains(reader) == titles.Contains(data.Items[kind].Title), $"{reader} and the {kind} project in the list");
        }

        if (!SeenBy[Kind.Draft].Contains(reader))
        {
            Assert.DoesNotContain(data.Items[Kind.Draft].Title, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }
    }

    private static async Task<Data> CreateAsync(PracticeNetworkFactory factory)
    {
        var author = await factory.ActorAsync(Loppi, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(Loppi, MunicipalityRoles.Reviewer);
        var participantAdmin = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        var teamMember = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.Viewer);
        var invitedAdmin = await factory.ActorAsync(Riihimaki, MunicipalityRoles.MunicipalityAdmin);
        var readers = new Dictionary<Reader, Actor?>
        {
            [Reader.Anonymous] = null,
            [Reader.OwnerViewer] = await factory.ActorAsync(Loppi, MunicipalityRoles.Viewer),
            [Reader.OwnerAuthor] = author,
            [Reader.ParticipantTeamMember] = teamMember,
            [Reader.ParticipantViewer] = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.Viewer),
            [Reader.InvitedAdmin] = invitedAdmin,
            [Reader.ForeignViewer] = await factory.ActorAsync(Espoo, MunicipalityRoles.Viewer),
        };
        var items = new Dictionary<Kind, Item>();
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var title = UniqueTitle($"Näkyvyys {kind}");
            var audience = kind switch { Kind.Internal => Audience.Internal, Kind.Network => Audience.Network, _ => Audience.Public };
            var id = await factory.DraftProjectAsync(author, SampleProject(title, audience));
            await factory.JoinAsync(author, id, participantAdmin, teamMember);
            await factory.SendAsync(author, new InviteMunicipality(id, invitedAdmin.MunicipalityId, await factory.ProjectVersionAsync(author, id)));
            using var file = new MemoryStream("Muistio"u8.ToArray());
            var documentId = await factory.SendAsync(author, new AddProjectDocument(id, "muistio.txt", file));
            if (kind != Kind.Draft)
            {
                await factory.PublishProjectAsync(author, reviewer, id);
            }

            items[kind] = new Item(id, documentId, title);
        }

        return new Data(readers, items);
    }
}
