using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Projects through /api/v1/projects with real access tokens: content, the calls the tests repeat, and a joint project built step by step.</summary>
internal static class ProjectsApiCalls
{
    public const string Root = "/api/v1/projects";

    public static ProjectContent SampleProject(
        Audience audience = Audience.Network,
        string title = "Yhteinen oppisopimusmalli",
        ProjectStatus status = ProjectStatus.Ongoing,
        Theme theme = Theme.Employment,
        DateOnly? start = null,
        DateOnly? end = null,
        string partner = "Hyria Koulutus") => new(
        title,
        "Kunnat ja oppilaitos rakensivat yhteisen oppisopimuspolun.",
        "Tarve: nuoret eivät löytäneet oppisopimuspaikkoja.",
        "Ratkaisu: **yhteinen** hakukanava ja ohjaaja.",
        "Tulokset: 40 uutta oppisopimusta.",
        status,
        start ?? new DateOnly(2024, 1, 1),
        end ?? new DateOnly(2025, 12, 31),
        "fi",
        audience,
        [theme],
        [new PartnerOrganisation(partner, PartnerKind.EducationProvider, "https://hyria.example.fi")],
        [new FundingSource("Euroopan sosiaalirahasto", 120_000m)],
        [new ContactPerson("Lauri Esimerkki", "Projektipäällikkö", "lauri.esimerkki@example.fi", null)],
        [new ContentLink("Loppuraportti", "https://example.fi/raportti")],
        []);

    public static string Url(Guid id, string rest = "") => $"{Root}/{id}{rest}";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Creates a draft through the API (the caller is its first project manager); returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> CreateProjectAsync(this ApiCaller caller, ProjectContent? content = null)
    {
        using var created = await caller.Client.PostAsync(Root, ApiCallers.Body(content ?? SampleProject()));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return ((await created.JsonAsync()).GetProperty("id").GetGuid(), created.Headers.ETag!.Tag);
    }

    /// <summary>The project as <paramref name="caller"/> sees it, and its ETag.</summary>
    public static async Task<(JsonElement Project, string ETag)> ReadAsync(this ApiCaller caller, Guid id)
    {
        using var response = await caller.Client.GetAsync(Url(id));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {id}: {(int)response.StatusCode}");
        return (await response.JsonAsync(), response.Headers.ETag!.Tag);
    }

    /// <summary>Sends a write with the project's current ETag (as <paramref name="caller"/> reads it) and expects <paramref name="expected"/>.</summary>
    public static async Task<JsonElement?> WriteAsync(
        this ApiCaller caller, HttpMethod method, Guid id, string rest, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (_, etag) = await caller.ReadAsync(id);
        using var response = await caller.Client.SendWithIfMatchAsync(method, Url(id, rest), etag, body is null ? null : ApiCallers.Body(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {rest}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Submits the draft (its creator) and publishes it (a reviewer of the owner).</summary>
    public static async Task PublishAsync(this ApiCaller author, ApiCaller reviewer, Guid id)
    {
        await author.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "SubmitForReview" });
        await reviewer.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "Publish" });
    }

    /// <summary>The project manager invites <paramref name="admin"/>'s municipality and its admin accepts with <paramref name="team"/>.</summary>
    public static async Task JoinAsync(this ApiCaller manager, Guid id, string code, ApiCaller admin, params ApiCaller[] team)
    {
        await manager.WriteAsync(HttpMethod.Post, id, "/invitations", new { municipality = code });
        await admin.WriteAsync(HttpMethod.Post, id, "/participants/me/answer", new { accept = true, teamMembers = team.Select(member => member.PersonId) });
    }

    public static MultipartFormDataContent File(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    public static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    /// <summary>The participant entry of the municipality with <paramref name="code"/>.</summary>
    public static JsonElement Participant(JsonElement project, string code) =>
        project.GetProperty("participants").EnumerateArray().Single(participant => participant.GetProperty("municipality").GetProperty("code").GetString() == code);
}
