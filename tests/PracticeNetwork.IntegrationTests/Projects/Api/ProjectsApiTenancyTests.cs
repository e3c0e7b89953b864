using System.Net;
using System.Runtime.CompilerServices;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectsApiCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Every endpoint of a joint project (Kärkölä's, with Espoo taking part) against those outside it: a foreign
/// municipality, one invited that has not answered, one that left, and anonymous callers; each with every right in
/// its own municipality. A draft is not there for them (404); a published project open to members they may read,
/// its joint work is refused (403) and its owner's workflow and bin are not there (404). Afterwards the project is as it was.
/// </summary>
public sealed class ProjectsApiTenancyTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public enum Outsider
    {
        Foreign,
        Invited,
        Left,
        Anonymous,
    }

    public enum Kind
    {
        Draft,
        Published,
    }

    private const MunicipalityRoles Everything = MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<World>> Worlds = [];

    /// <summary>Every endpoint: method, path after the project ({document}, {milestone}, {update}, {manager}, {member} filled in), body.</summary>
    private static readonly (string Method, string Path, object? Body)[] Endpoints =
    [
        ("GET", "", null),
        ("GET", "/history", null),
        ("GET", "/documents/{document}", null),
        ("GET", "/milestones/{milestone}", null),
        ("GET", "/updates/{update}", null),
        ("PUT", "", SampleProject(title: "Kaapattu")),
        ("POST", "/transitions", new { step = "Archive" }),
        ("DELETE", "", null),
        ("POST", "/restore", null),
        ("POST", "/documents", "file"),
        ("DELETE", "/documents/{document}", null),
        ("POST", "/invitations", new { municipality = "091" }),
        ("POST", "/participants/me/answer", new { accept = true, teamMembers = Array.Empty<Guid>() }),
        ("POST", "/participants/me/leave", null),
        ("PUT", "/participants/me/contribution", new { role = "Vapaamatkustaja", resources = "Ei mitään" }),
        ("POST", "/team", new { personId = "{self}" }),
        ("DELETE", "/team/{manager}", null),
        ("PUT", "/team/{member}/manager", new { isProjectManager = true }),
        ("POST", "/milestones", new { title = "Vieras", dueDate = "2026-05-31", responsibleMunicipality = "316" }),
        ("PUT", "/milestones/{milestone}", new { title = "Siirretty", dueDate = "2027-05-31", responsibleMunicipality = "316" }),
        ("DELETE", "/milestones/{milestone}", null),
        ("POST", "/milestones/{milestone}/completion", new { done = true }),
        ("POST", "/updates", new { text = "Emme ole mukana." }),
    ];

    public static TheoryData<Outsider, Kind> Cases()
    {
        var data = new TheoryData<Outsider, Kind>();
        foreach (var outsider in Enum.GetValues<Outsider>())
        {
            foreach (var kind in Enum.GetValues<Kind>())
            {
                data.Add(outsider, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_outsider_gets_404_for_a_hidden_project_and_is_refused_every_write_to_a_visible_one(Outsider outsider, Kind kind)
    {
        var world = await Worlds.GetValue(factory, BuildAsync);
        var project = world.Projects[kind];
        var caller = world.Callers[outsider];
        var (before, etag) = await world.Manager.ReadAsync(project.Id);

        var failures = new List<string>();
        foreach (var (method, path, body) in Endpoints)
        {
            if (outsider == Outsider.Invited && path == "/participants/me/answer")
            {
                continue; // the one thing an invited municipality may do: ProjectsApiJointTests
            }

            var expected = Expected(outsider, kind, method, path);
            using var request = new HttpRequestMessage(new HttpMethod(method), Url(project.Id, project.Fill(path, caller)));
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            request.Content = body switch
            {
                null => null,
                "file" => File("vieras.txt", "vieras"u8.ToArray()),
                _ => ApiCallers.Body(body),
            };
            if (body is { } value && value.GetType().GetProperty("personId") is not null)
            {
                request.Content = ApiCallers.Body(new { personId = caller.PersonId ?? Guid.Empty });
            }

            using var response = await caller.Client.SendAsync(request);
            if (response.StatusCode != expected)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
            else if (expected != HttpStatusCode.OK)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
        var (after, now) = await world.Manager.ReadAsync(project.Id);
        Assert.Equal(etag, now);
        Assert.Equal(before.GetProperty("content").GetProperty("title").GetString(), after.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal(before.GetProperty("participants").ToString(), after.GetProperty("participants").ToString());
        Assert.Equal(before.GetProperty("team").ToString(), after.GetProperty("team").ToString());
        Assert.Equal(before.GetProperty("updates").GetArrayLength(), after.GetProperty("updates").GetArrayLength());
        Assert.Equal(before.GetProperty("documents").GetArrayLength(), after.GetProperty("documents").GetArrayLength());
    }

    /// <summary>Reads: what the reader may open (a published network project is open to members). Writes: 404 when hidden, refused when visible.</summary>
    private static HttpStatusCode Expected(Outsider outsider, Kind kind, string method)
    {
        var read = method == "GET";
        return (outsider, kind) switch
        {
            (Outsider.Anonymous, _) => read ? HttpStatusCode.NotFound : HttpStatusCode.Unauthorized,
            (_, Kind.Draft) => HttpStatusCode.NotFound,
            _ => read ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        };
    }

    private static async Task<World> BuildAsync(PracticeNetworkFactory factory)
    {
        var manager = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var espooAdmin = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        var espooMember = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var foreign = await factory.ApiCallerAsync("092", Everything);
        var invited = await factory.ApiCallerAsync("433", Everything);
        var left = await factory.ApiCallerAsync("694", Everything);
        var projects = new Dictionary<Kind, Project>();
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var (id, _) = await manager.CreateProjectAsync(SampleProject(Audience.Network, title: $"Yhteishanke ({kind})"));
            if (kind == Kind.Published)
            {
                await manager.PublishAsync(reviewer, id);
            }

            // An invited municipality cannot read a draft: its answer goes straight to the module, with the version the manager sees.
            foreach (var (code, admin, team) in new[] { ("049", espooAdmin, espooMember), ("694", left, left) })
            {
                await manager.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = code });
                var (_, etag) = await manager.ReadAsync(id);
                await factory.AsMemberAsync((admin.PersonId, admin.MunicipalityId), MunicipalityRoles.MunicipalityAdmin, sender =>
                    sender.Send(new AnswerProjectInvitation(id, true, [team.PersonId], Version(etag))).AsTask());
            }

            await left.WriteAsync(HttpMethod.Post, id, "/participants/me/leave", null, kind == Kind.Draft ? HttpStatusCode.NoContent : HttpStatusCode.OK);
            await manager.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = "433" });
            using var uploaded = await manager.Client.PostAsync(Url(id, "/documents"), File("suunnitelma.txt", "suunnitelma"u8.ToArray()));
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            var milestone = (await manager.WriteAsync(HttpMethod.Post, id, "/milestones",
                new { title = "Pilotti", dueDate = "2026-05-31", responsibleMunicipality = "049" }, HttpStatusCode.Created))!.Value.GetProperty("id").GetGuid();
            using var posted = await espooMember.Client.PostAsync(Url(id, "/updates"), ApiCallers.Body(new { text = "Espoo aloitti." }));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            var update = (await posted.JsonAsync()).GetProperty("id").GetGuid();
            var document = (await uploaded.JsonAsync()).GetProperty("id").GetGuid();
            projects[kind] = new Project(id, document, milestone, update, manager.PersonId, espooMember.PersonId);
        }

        var callers = new Dictionary<Outsider, Caller>
        {
            [Outsider.Foreign] = new(foreign.Client, foreign.PersonId),
            [Outsider.Invited] = new(invited.Client, invited.PersonId),
            [Outsider.Left] = new(left.Client, left.PersonId),
            [Outsider.Anonymous] = new(factory.CreateClient(), null),
        };
        return new World(manager, projects, callers);
    }

    private static int Version(string etag) => int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Caller(HttpClient Client, Guid? PersonId);

    private sealed record Project(Guid Id, Guid Document, Guid Milestone, Guid Update, Guid Manager, Guid Member)
    {
        public string Fill(string path, Caller caller) => path
            .Replace("{document}", Document.ToString(), StringComparison.Ordinal)
            .Replace("{milestone}", Milestone.ToString(), StringComparison.Ordinal)
            .Replace("{update}", Update.ToString(), StringComparison.Ordinal)
            .Replace("{manager}", Manager.ToString(), StringComparison.Ordinal)
            .Replace("{member}", Member.ToString(), StringComparison.Ordinal)
            .Replace("{self}", (caller.PersonId ?? Guid.Empty).ToString(), StringComparison.Ordinal);
    }

    private sealed record World(ApiCaller Manager, IReadOnlyDictionary<Kind, Project> Projects, IReadOnlyDictionary<Outsider, Caller> Callers);
}
