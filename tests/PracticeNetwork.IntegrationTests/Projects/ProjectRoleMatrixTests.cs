using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectPageData;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The per-project roles beside the municipality roles of <see cref="PermissionMatrixTests"/>: every page and API
/// endpoint that acts on one project × who the reader is to that project → the status they get, from one table. The
/// project is a published joint project of Kärkölä for its own municipality only (Internal): Loppi takes part,
/// Riihimäki is invited and has not answered, Hausjärvi took part and left, Espoo has nothing to do with it; whoever
/// does not take part gets the 404 of a missing project everywhere.
/// </summary>
public sealed class ProjectRoleMatrixTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Role
    {
        /// <summary>The Kärkölä author who created the project, so its first project manager.</summary>
        ProjectManager,

        /// <summary>A viewer of Loppi whom Loppi's admin put on the team when accepting.</summary>
        TeamMember,

        /// <summary>A viewer of Loppi, not on the team.</summary>
        ParticipantViewer,

        /// <summary>Riihimäki's admin: invited, not answered.</summary>
        InvitedAdmin,

        /// <summary>A viewer of Hausjärvi who was on the team until Hausjärvi left.</summary>
        LeftTeamMember,

        /// <summary>An author of Espoo.</summary>
        ForeignAuthor,
    }

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Conflict = HttpStatusCode.Conflict;

    /// <summary>An ETag older than the project's (it was created at version 0).</summary>
    private const string OldVersion = "\"0\"";

    private static readonly ProjectContent Content = SampleProject("Yhteinen toimistopalvelujen kehittäminen", Audience.Internal);

    /// <summary>
    /// The request ({id} the project, {milestone} its milestone Loppi is responsible for, {document} its document), the
    /// JSON body of an API write ({self} the reader's person id, {content} the project's own content), then the status
    /// for: project manager, team member, participant viewer, invited admin, team member of a municipality that left,
    /// foreign author. Pages are opened signed in as the reader; API calls carry the reader's access token and, on
    /// writes, the project's current ETag in If-Match: what is allowed really happens, with bodies that change nothing
    /// the other rows depend on.
    /// </summary>
    private static readonly Row[] Matrix =
    [
        Get("/hankkeet/{id}", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        // The shared fields are the team's to edit, whichever municipality it comes from; the others taking part read.
        Get("/hankkeet/{id}/muokkaa", Ok, Ok, Forbidden, NotFound, NotFound, NotFound),
        // The invited admin answers here from the invitation alone, without seeing the project.
        Get("/hankkeet/{id}/osallistujat", Ok, Ok, Ok, Ok, NotFound, NotFound),
        Get("/hankkeet/{id}/aikajana", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        // Changing a milestone is the project managers' (the team completes its own).
        Get("/hankkeet/{id}/aikajana?muokkaa={milestone}", Ok, NotFound, NotFound, NotFound, NotFound, NotFound),
        Get("/hankkeet/{id}/historia", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        Get("/hankkeet/{id}/dokumentit/{document}", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        // Publication steps and the bin stay with the owner's reviewers, project manager or not.
        Get("/hankkeet/{id}/tila", Forbidden, Forbidden, Forbidden, NotFound, NotFound, NotFound),
        Get("/hankkeet/{id}/poista", Forbidden, Forbidden, Forbidden, NotFound, NotFound, NotFound),
        Get("/api/v1/projects/{id}", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        Get("/api/v1/projects/{id}/history", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        Get("/api/v1/projects/{id}/milestones/{milestone}", Ok, Ok, Ok, NotFound, NotFound, NotFound),
        Send("PUT", "/api/v1/projects/{id}", "{content}", Ok, Ok, Forbidden, NotFound, NotFound, NotFound),
        // The owner's publication workflow and bin are, as a practice's, not there for any other municipality, taking
        // part or not (the status page above refuses the participants with 403 before anything is sent).
        Send("POST", "/api/v1/projects/{id}/transitions", """{"step":"Archive"}""", Forbidden, NotFound, NotFound, NotFound, NotFound, NotFound),
        Send("DELETE", "/api/v1/projects/{id}", null, Forbidden, NotFound, NotFound, NotFound, NotFound, NotFound),
        Send("POST", "/api/v1/projects/{id}/updates", """{"text":"Pilotti eteni."}""", Created, Created, Forbidden, NotFound, NotFound, NotFound),
        Send("POST", "/api/v1/projects/{id}/milestones", """{"title":"Arviointi","dueDate":"2027-03-31","responsibleMunicipality":"433"}""",
            Created, Forbidden, Forbidden, NotFound, NotFound, NotFound),
        Send("POST", "/api/v1/projects/{id}/milestones/{milestone}/completion", """{"done":true}""", Ok, Ok, Forbidden, NotFound, NotFound, NotFound),
        // Loppi takes part already: the manager is let through to that conflict, and nothing changes.
        Send("POST", "/api/v1/projects/{id}/invitations", """{"municipality":"433"}""", Conflict, Forbidden, Forbidden, NotFound, NotFound, NotFound),
        // Over an old version, so that the invited admin is let through to the version check (409) and declines nothing.
        Send("POST", "/api/v1/projects/{id}/participants/me/answer", """{"accept":false,"teamMembers":[]}""",
            Forbidden, Forbidden, Forbidden, Conflict, NotFound, NotFound) with { IfMatch = OldVersion },
        // The owner cannot leave its own project; a participant leaves through its admin or its own project manager.
        Send("POST", "/api/v1/projects/{id}/participants/me/leave", null, Forbidden, Forbidden, Forbidden, NotFound, NotFound, NotFound),
        Send("PUT", "/api/v1/projects/{id}/participants/me/contribution", """{"role":"Pilottikunta","resources":"Kaksi ohjaajaa"}""",
            Ok, Ok, Forbidden, NotFound, NotFound, NotFound),
        // Adding oneself: the team is let through to "already on the team", and nothing changes.
        Send("POST", "/api/v1/projects/{id}/team", """{"personId":"{self}"}""", Conflict, Conflict, Forbidden, NotFound, NotFound, NotFound),
    ];

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<Data>> Shared = new();

    private sealed record Row(string Method, string Request, string? Body, HttpStatusCode[] Expected)
    {
        /// <summary>The If-Match of an API write; null sends the project's current ETag.</summary>
        public string? IfMatch { get; init; }
    }

    /// <summary>A reader with an account: an API caller with a real access token, and the same person for the pages.</summary>
    private sealed record Person(ApiCaller Api, Actor Actor);

    private sealed record Data(Guid Id, Guid Milestone, Guid Document, Dictionary<Role, Person> Readers);

    public static TheoryData<string, string, Role, HttpStatusCode> Cases()
    {
        var data = new TheoryData<string, string, Role, HttpStatusCode>();
        foreach (var row in Matrix)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(row.Method, row.Request, role, row.Expected[(int)role]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_reader_gets_the_status_their_part_in_the_project_gives(string method, string request, Role who, HttpStatusCode expected)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        var row = Matrix.Single(candidate => candidate.Method == method && candidate.Request == request);
        var reader = data.Readers[who];
        var url = request.Replace("{id}", data.Id.ToString(), StringComparison.Ordinal)
            .Replace("{milestone}", data.Milestone.ToString(), StringComparison.Ordinal)
            .Replace("{document}", data.Document.ToString(), StringComparison.Ordinal);

        using var response = url.StartsWith("/api/", StringComparison.Ordinal)
            ? await CallApiAsync(data, row, reader, url)
            : await OpenPageAsync(reader.Actor, url);

        Assert.True(expected == response.StatusCode, $"{who}: {method} {request} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<HttpResponseMessage> OpenPageAsync(Actor reader, string url)
    {
        using var browser = factory.BrowserFor(reader);
        return await browser.GetAsync(url);
    }

    private static async Task<HttpResponseMessage> CallApiAsync(Data data, Row row, Person reader, string url)
    {
        if (row.Method == "GET")
        {
            return await reader.Api.Client.GetAsync(url);
        }

        var (_, current) = await data.Readers[Role.ProjectManager].Api.ReadAsync(data.Id);
        var body = row.Body?.Replace("{content}", JsonSerializer.Serialize(Content, ApiCallers.Json), StringComparison.Ordinal)
            .Replace("{self}", reader.Api.PersonId.ToString(), StringComparison.Ordinal);
        return await reader.Api.Client.SendWithIfMatchAsync(
            new HttpMethod(row.Method), url, row.IfMatch ?? current, body is null ? null : ProjectsApiCalls.Json(body));
    }

    private static Row Get(string request, params HttpStatusCode[] expected) => new("GET", request, null, expected);

    private static Row Send(string method, string request, string? body, params HttpStatusCode[] expected) => new(method, request, body, expected);

    private static async Task<Data> CreateAsync(PracticeNetworkFactory factory)
    {
        var readers = new Dictionary<Role, Person>
        {
            [Role.ProjectManager] = await ReaderAsync(factory, Karkola, MunicipalityRoles.Author),
            [Role.TeamMember] = await ReaderAsync(factory, Loppi, MunicipalityRoles.Viewer),
            [Role.ParticipantViewer] = await ReaderAsync(factory, Loppi, MunicipalityRoles.Viewer),
            [Role.InvitedAdmin] = await ReaderAsync(factory, Riihimaki, MunicipalityRoles.MunicipalityAdmin),
            [Role.LeftTeamMember] = await ReaderAsync(factory, Hausjarvi, MunicipalityRoles.Viewer),
            [Role.ForeignAuthor] = await ReaderAsync(factory, Espoo, MunicipalityRoles.Author),
        };
        var manager = readers[Role.ProjectManager].Actor;
        var id = await factory.DraftProjectAsync(manager, Content);
        await factory.PublishProjectAsync(manager, await factory.ActorAsync(Karkola, MunicipalityRoles.Reviewer), id);
        await factory.JoinAsync(manager, id, await factory.ActorAsync(Loppi, MunicipalityRoles.MunicipalityAdmin), readers[Role.TeamMember].Actor);
        var leaving = await factory.ActorAsync(Hausjarvi, MunicipalityRoles.MunicipalityAdmin);
        await factory.JoinAsync(manager, id, leaving, readers[Role.LeftTeamMember].Actor);
        await factory.SendAsync(leaving, new LeaveProject(id, await factory.ProjectVersionAsync(manager, id)));
        await factory.SendAsync(manager, new InviteMunicipality(id, readers[Role.InvitedAdmin].Actor.MunicipalityId, await factory.ProjectVersionAsync(manager, id)));
        var milestone = await factory.MilestoneAsync(manager, id, "Pilotti", new DateOnly(2027, 1, 31), readers[Role.TeamMember].Actor.MunicipalityId);
        using var file = new MemoryStream("muistio"u8.ToArray());
        var document = await factory.SendAsync(manager, new AddProjectDocument(id, "muistio.txt", file));
        return new Data(id, milestone, document, readers);
    }

    private static async Task<Person> ReaderAsync(PracticeNetworkFactory factory, string code, MunicipalityRoles roles)
    {
        var api = await factory.ApiCallerAsync(code, roles);
        return new Person(api, new Actor(api.PersonId, api.MunicipalityId, roles));
    }
}
