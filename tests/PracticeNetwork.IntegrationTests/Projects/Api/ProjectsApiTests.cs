using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.ProjectsApiCalls;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// /api/v1/projects with real access tokens: creating and editing over ETags, If-Match on every versioned write,
/// problem details naming each bad field, the workflow, the bin, history and documents.
/// </summary>
public sealed class ProjectsApiTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    /// <summary>An id of nobody and nothing.</summary>
    private const string Nobody = "00000000-0000-0000-0000-0000000000b0";

    /// <summary>Every write that names the project's version: method, path after the project, and a body that would do.</summary>
    public static TheoryData<string, string, string?> VersionedWrites() => new()
    {
        { "PUT", "", JsonSerializer.Serialize(SampleProject(), ApiCallers.Json) },
        { "POST", "/transitions", "{\"step\":\"SubmitForReview\"}" },
        { "DELETE", "", null },
        { "POST", "/invitations", "{\"municipality\":\"049\"}" },
        { "POST", "/participants/me/answer", "{\"accept\":true,\"teamMembers\":[]}" },
        { "POST", "/participants/me/leave", null },
        { "POST", "/team", "{\"personId\":\"" + Nobody + "\"}" },
        { "DELETE", $"/team/{Nobody}", null },
        { "PUT", $"/team/{Nobody}/manager", "{\"isProjectManager\":true}" },
        { "POST", "/milestones", "{\"title\":\"Pilotti\",\"dueDate\":\"2026-05-31\",\"responsibleMunicipality\":\"316\"}" },
        { "PUT", $"/milestones/{Nobody}", "{\"title\":\"Pilotti\",\"dueDate\":\"2026-05-31\",\"responsibleMunicipality\":\"316\"}" },
        { "DELETE", $"/milestones/{Nobody}", null },
        { "POST", $"/milestones/{Nobody}/completion", "{\"done\":true}" },
    };

    [Fact]
    public async Task Creating_answers_201_with_location_and_etag_and_makes_the_creator_its_first_project_manager()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var created = await author.Client.PostAsync(Root, ApiCallers.Body(SampleProject(title: "Oppisopimus Kärkölässä")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await created.JsonAsync();
        var id = project.GetProperty("id").GetGuid();
        Assert.Equal(Url(id), created.Headers.Location!.OriginalString);
        Assert.False(created.Headers.ETag!.IsWeak);
        Assert.Equal($"\"{project.GetProperty("version").GetInt32()}\"", created.Headers.ETag.Tag);
        Assert.Equal("Draft", project.GetProperty("publicationStatus").GetString());
        Assert.Equal("316", project.GetProperty("municipality").GetProperty("code").GetString());
        Assert.False(project.GetProperty("isJoint").GetBoolean());
        var content = project.GetProperty("content");
        Assert.Equal("Oppisopimus Kärkölässä", content.GetProperty("title").GetString());
        Assert.Equal("Ongoing", content.GetProperty("status").GetString());
        Assert.Equal("2024-01-01", content.GetProperty("startDate").GetString());
        Assert.Equal("EducationProvider", content.GetProperty("partners")[0].GetProperty("kind").GetString());
        Assert.Equal(120_000m, content.GetProperty("funding")[0].GetProperty("amount").GetDecimal());
        Assert.False(content.TryGetProperty("startYear", out _), "content is what POST takes, nothing more");
        var manager = Assert.Single(project.GetProperty("team").EnumerateArray());
        Assert.Equal(author.PersonId, manager.GetProperty("personId").GetGuid());
        Assert.True(manager.GetProperty("isProjectManager").GetBoolean());
        Assert.Equal("316", manager.GetProperty("municipality").GetProperty("code").GetString());
        Assert.StartsWith("Testi Henkilö", manager.GetProperty("name").GetString(), StringComparison.Ordinal);
        var permissions = project.GetProperty("permissions");
        Assert.True(permissions.GetProperty("canEdit").GetBoolean());
        Assert.True(permissions.GetProperty("canInvite").GetBoolean());
        Assert.True(permissions.GetProperty("canManageMilestones").GetBoolean());
        Assert.Equal(["SubmitForReview"], permissions.GetProperty("steps").EnumerateArray().Select(step => step.GetString()));
        var links = project.GetProperty("links");
        Assert.Equal(Url(id), links.GetProperty("self").GetString());
        Assert.Equal(Url(id, "/invitations"), links.GetProperty("invitations").GetString());
        Assert.Equal(Url(id, "/milestones"), links.GetProperty("milestones").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("answer").ValueKind);

        using var again = new HttpRequestMessage(HttpMethod.Get, Url(id));
        again.Headers.TryAddWithoutValidation("If-None-Match", created.Headers.ETag.Tag);
        using var notModified = await author.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(created.Headers.ETag.Tag, notModified.Headers.ETag!.Tag);
    }

    [Theory]
    [MemberData(nameof(VersionedWrites))]
    public async Task A_versioned_write_without_If_Match_is_428_and_with_a_malformed_one_400(string method, string path, string? body)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateProjectAsync();

        using var missing = await author.Client.SendWithIfMatchAsync(new HttpMethod(method), Url(id, path), null, body is null ? null : Json(body));
        using var weak = await author.Client.SendWithIfMatchAsync(new HttpMethod(method), Url(id, path), $"W/{etag}", body is null ? null : Json(body));
        using var any = await author.Client.SendWithIfMatchAsync(new HttpMethod(method), Url(id, path), "*", body is null ? null : Json(body));
        using var list = await author.Client.SendWithIfMatchAsync(new HttpMethod(method), Url(id, path), $"{etag}, \"7\"", body is null ? null : Json(body));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Contains("If-Match", (await missing.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var malformed in new[] { weak, any, list })
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal(["If-Match"], await malformed.FieldErrorsAsync());
        }

        var (project, now) = await author.ReadAsync(id);
        Assert.Equal(etag, now);
        Assert.False(project.GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task A_write_over_a_stale_etag_is_a_409_with_the_current_version_and_changes_nothing()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var colleague = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, stale) = await author.CreateProjectAsync();
        var milestone = (await author.WriteAsync(HttpMethod.Post, id, "/milestones",
            new { title = "Pilotti alkaa", dueDate = "2026-05-31", responsibleMunicipality = "316" }, HttpStatusCode.Created))!.Value.GetProperty("id").GetGuid();
        var (before, current) = await author.ReadAsync(id);
        Assert.NotEqual(stale, current);
        var writes = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Put, "", SampleProject(title: "Vanhan päälle")),
            (HttpMethod.Post, "/transitions", new { step = "SubmitForReview" }),
            (HttpMethod.Delete, "", null),
            (HttpMethod.Post, "/invitations", new { municipality = "049" }),
            (HttpMethod.Post, "/team", new { personId = colleague.PersonId }),
            (HttpMethod.Put, $"/team/{author.PersonId}/manager", new { isProjectManager = true }),
            (HttpMethod.Post, "/milestones", new { title = "Toinen", dueDate = "2026-06-30", responsibleMunicipality = "316" }),
            (HttpMethod.Put, $"/milestones/{milestone}", new { title = "Siirretty", dueDate = "2026-09-30", responsibleMunicipality = "316" }),
            (HttpMethod.Post, $"/milestones/{milestone}/completion", new { done = true }),
            (HttpMethod.Delete, $"/milestones/{milestone}", null),
        };

        foreach (var (method, path, body) in writes)
        {
            using var response = await author.Client.SendWithIfMatchAsync(method, Url(id, path), stale, body is null ? null : ApiCallers.Body(body));
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{method} {path}: {(int)response.StatusCode}");
            var problem = await response.JsonAsync();
            Assert.Equal(before.GetProperty("version").GetInt32(), problem.GetProperty("currentVersion").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("code").GetString()));
        }

        var (after, etag) = await author.ReadAsync(id);
        Assert.Equal(current, etag);
        Assert.Equal("Yhteinen oppisopimusmalli", after.GetProperty("content").GetProperty("title").GetString());
        Assert.Single(after.GetProperty("milestones").EnumerateArray());
        Assert.Single(after.GetProperty("team").EnumerateArray());
        Assert.Empty(after.GetProperty("participants").EnumerateArray());
    }

    [Fact]
    public async Task An_edit_over_the_current_etag_answers_the_project_with_the_next_etag()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateProjectAsync();

        using var saved = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, Url(id), etag,
            ApiCallers.Body(SampleProject(title: "Oppisopimus 2.0", status: ProjectStatus.Planned)));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var project = await saved.JsonAsync();
        Assert.Equal($"\"{project.GetProperty("version").GetInt32()}\"", saved.Headers.ETag!.Tag);
        Assert.NotEqual(etag, saved.Headers.ETag.Tag);
        Assert.Equal("Oppisopimus 2.0", project.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("Planned", project.GetProperty("content").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invalid_content_is_a_validation_problem_naming_each_field_and_the_choices_must_be_given()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var invalid = SampleProject() with
        {
            Title = " ",
            Themes = [],
            Links = [new ContentLink("Raportti", "ftp://example.fi/raportti")],
            Contacts = [new ContactPerson("Liisa", null, "ei-osoite", null)],
        };
        var withoutChoices = JsonSerializer.SerializeToNode(SampleProject(), ApiCallers.Json)!.AsObject();
        withoutChoices.Remove("status");
        withoutChoices.Remove("audience");

        using var response = await author.Client.PostAsync(Root, ApiCallers.Body(invalid));
        using var missing = await author.Client.PostAsync(Root, Json(withoutChoices.ToJsonString()));
        using var hidden = await author.Client.PostAsync(Root, ApiCallers.Body(SampleProject(title: "Oppisopimus\u202Eevil")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.FieldErrorsAsync();
        Assert.Contains("title", fields);
        Assert.Contains("themes", fields);
        Assert.Contains("links[0].url", fields);
        Assert.Contains("contacts[0].email", fields);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["audience", "status"], (await missing.FieldErrorsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["title"], await hidden.FieldErrorsAsync());
    }

    [Theory]
    [InlineData("", "{\"title\": \"Puolikas", "body")]
    [InlineData("", "[1, 2]", "body")]
    [InlineData("", "{\"status\": \"Dreaming\"}", "status")]
    [InlineData("", "{\"status\": 1}", "status")]
    [InlineData("", "{\"startDate\": \"31.12.2025\"}", "startDate")]
    [InlineData("", "{\"partners\": [{\"name\": \"Hyria\", \"kind\": \"Guild\"}]}", "partners[0].kind")]
    [InlineData("", "{\"funding\": [{\"source\": \"ESR\", \"amount\": \"paljon\"}]}", "funding[0].amount")]
    [InlineData("/milestones", "{\"title\": \"Pilotti\", \"dueDate\": \"ensi keväänä\", \"responsibleMunicipality\": \"316\"}", "dueDate")]
    [InlineData("/team", "{\"personId\": \"Liisa\"}", "personId")]
    [InlineData("/participants/me/answer", "{\"accept\": \"kyllä\"}", "accept")]
    public async Task Malformed_json_and_values_of_the_wrong_type_are_400_naming_the_place(string path, string json, string field)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateProjectAsync();

        using var response = path.Length == 0
            ? await author.Client.PostAsync(Root, Json(json))
            : await author.Client.SendWithIfMatchAsync(HttpMethod.Post, Url(id, path), etag, Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.FieldErrorsAsync());
    }

    [Theory]
    [InlineData("POST", "/invitations", "{}", "municipality")]
    [InlineData("POST", "/invitations", "{\"municipality\": \"999\"}", "municipality")]
    [InlineData("POST", "/participants/me/answer", "{\"teamMembers\": []}", "accept")]
    [InlineData("POST", "/team", "{}", "personId")]
    [InlineData("PUT", "/team/{manager}/manager", "{}", "isProjectManager")]
    [InlineData("POST", "/milestones", "{\"title\": \"Pilotti\", \"responsibleMunicipality\": \"316\"}", "dueDate")]
    [InlineData("POST", "/milestones", "{\"title\": \"Pilotti\", \"dueDate\": \"2026-05-31\"}", "responsibleMunicipality")]
    [InlineData("POST", "/milestones", "{\"title\": \"Pilotti\", \"dueDate\": \"2026-05-31\", \"responsibleMunicipality\": \"000\"}", "responsibleMunicipality")]
    [InlineData("POST", "/milestones/{milestone}/completion", "{}", "done")]
    public async Task A_missing_choice_or_an_unknown_municipality_code_is_a_field_error(string method, string path, string json, string field)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateProjectAsync();
        var milestone = (await author.WriteAsync(HttpMethod.Post, id, "/milestones",
            new { title = "Pilotti", dueDate = "2026-05-31", responsibleMunicipality = "316" }, HttpStatusCode.Created))!.Value.GetProperty("id").GetString();
        var (before, etag) = await author.ReadAsync(id);
        var url = Url(id, path.Replace("{manager}", author.PersonId.ToString(), StringComparison.Ordinal).Replace("{milestone}", milestone, StringComparison.Ordinal));

        using var response = await author.Client.SendWithIfMatchAsync(new HttpMethod(method), url, etag, Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.FieldErrorsAsync());
        var (after, now) = await author.ReadAsync(id);
        Assert.Equal(etag, now);
        Assert.Equal(before.GetProperty("participants").GetArrayLength(), after.GetProperty("participants").GetArrayLength());
        Assert.Equal(before.GetProperty("milestones").GetArrayLength(), after.GetProperty("milestones").GetArrayLength());
    }

    [Fact]
    public async Task Writes_need_a_token_of_a_member_and_a_bad_token_is_401_even_for_reads()
    {
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        var badToken = factory.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");

        using var anonymous = await factory.CreateClient().PostAsync(Root, ApiCallers.Body(SampleProject()));
        using var byViewer = await viewer.Client.PostAsync(Root, ApiCallers.Body(SampleProject()));
        using var read = await badToken.GetAsync(Root);
        using var notJson = await viewer.Client.PostAsync(Root, new StringContent("title=x", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal("application/problem+json", byViewer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Fact]
    public async Task Each_role_takes_its_own_workflow_steps_and_a_missing_step_is_a_field_error()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var (id, _) = await author.CreateProjectAsync();

        var authorPublishes = await author.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "Publish" }, HttpStatusCode.Forbidden);
        var noStep = await author.WriteAsync(HttpMethod.Post, id, "/transitions", new { comment = "?" }, HttpStatusCode.BadRequest);
        var submitted = await author.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "SubmitForReview" });
        var published = await reviewer.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "Publish" });
        var wrongStep = await reviewer.WriteAsync(HttpMethod.Post, id, "/transitions", new { step = "SubmitForReview" }, HttpStatusCode.Conflict);

        Assert.Equal("Forbidden", authorPublishes!.Value.GetProperty("title").GetString());
        Assert.True(noStep!.Value.GetProperty("errors").TryGetProperty("step", out _));
        Assert.Equal("InReview", submitted!.Value.GetProperty("publicationStatus").GetString());
        Assert.Equal("Published", published!.Value.GetProperty("publicationStatus").GetString());
        Assert.Equal(1, published.Value.GetProperty("revision").GetInt32());
        Assert.Equal("WrongStep", wrongStep!.Value.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Deleting_takes_the_project_away_and_only_a_municipality_admin_brings_it_back()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var admin = await factory.ApiCallerAsync("316", MunicipalityRoles.MunicipalityAdmin);
        var (id, etag) = await author.CreateProjectAsync();

        using var deleted = await author.Client.SendWithIfMatchAsync(HttpMethod.Delete, Url(id), etag);
        using var gone = await author.Client.GetAsync(Url(id));
        using var restoredByAuthor = await author.Client.PostAsync(Url(id, "/restore"), null);
        using var restored = await admin.Client.PostAsync(Url(id, "/restore"), null);
        using var back = await author.Client.GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, restoredByAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task History_shows_revisions_with_diffs_to_everyone_and_the_change_log_to_own_editors()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var (id, _) = await author.CreateProjectAsync(SampleProject(Audience.Public));
        await author.PublishAsync(reviewer, id);
        var (_, etag) = await reviewer.ReadAsync(id);
        using var saved = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, Url(id, "?minorChange=true"), etag,
            ApiCallers.Body(SampleProject(Audience.Public, title: "Yhteinen oppisopimusmalli kaikille")));
        using var badFlag = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, Url(id, "?minorChange=perhaps"), saved.Headers.ETag!.Tag,
            ApiCallers.Body(SampleProject(Audience.Public)));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var forEveryone = await factory.CreateClient().GetFromJsonAsync<JsonElement>(Url(id, "/history"));
        var forEditor = await reviewer.Client.GetFromJsonAsync<JsonElement>(Url(id, "/history"));

        Assert.Equal(["minorChange"], await badFlag.FieldErrorsAsync());
        Assert.Equal(id, forEveryone.GetProperty("projectId").GetGuid());
        var revisions = forEveryone.GetProperty("revisions");
        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Contains("title", revisions[0].GetProperty("changedFields").EnumerateArray().Select(field => field.GetString()));
        var titleDiff = revisions[0].GetProperty("textDiffs").EnumerateArray().Single(diff => diff.GetProperty("field").GetString() == "title");
        Assert.Contains(titleDiff.GetProperty("segments").EnumerateArray(), segment =>
            segment.GetProperty("change").GetString() == "Inserted" && segment.GetProperty("text").GetString()!.Contains("kaikille", StringComparison.Ordinal));
        Assert.Empty(forEveryone.GetProperty("changes").EnumerateArray());
        Assert.Contains(forEditor.GetProperty("changes").EnumerateArray(), change => change.GetProperty("kind").GetString() == "Edited");
    }

    [Fact]
    public async Task Documents_are_added_by_the_team_downloaded_by_readers_and_removed()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        using var espoo = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var (id, _) = await author.CreateProjectAsync(SampleProject(Audience.Network));
        await author.PublishAsync(reviewer, id);

        using var uploaded = await author.Client.PostAsync(Url(id, "/documents"), File("Väliraportti.txt", "Väliraportti"u8.ToArray()));
        using var byViewer = await viewer.Client.PostAsync(Url(id, "/documents"), File("muistio.txt", "x"u8.ToArray()));
        using var noFile = await author.Client.PostAsync(Url(id, "/documents"), new MultipartFormDataContent { { new StringContent("x"), "other" } });

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await uploaded.JsonAsync();
        var url = document.GetProperty("downloadUrl").GetString()!;
        Assert.Equal(url, uploaded.Headers.Location!.OriginalString);
        Assert.StartsWith(Url(id, "/documents/"), url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(["file"], await noFile.FieldErrorsAsync());
        var (project, _) = await espoo.ReadAsync(id);
        Assert.Equal(url, Assert.Single(project.GetProperty("documents").EnumerateArray()).GetProperty("downloadUrl").GetString());

        using var download = await espoo.Client.GetAsync(url);
        using var anonymous = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Väliraportti.txt", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl is { Private: true, NoStore: true }, $"{download.Headers.CacheControl}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);

        using var removed = await author.Client.DeleteAsync(url);
        using var afterwards = await espoo.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
    }
}
