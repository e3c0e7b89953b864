using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// /api/v1/practices with real access tokens: creating and editing over ETags, the workflow by role, other
/// municipalities, problem details for bad input, and the list's filters and paging.
/// </summary>
public sealed class PracticesApiTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Practices = "/api/v1/practices";

    [Fact]
    public async Task Creating_answers_201_with_location_and_etag_and_an_unchanged_practice_answers_304()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var created = await author.Client.PostAsync(Practices, ApiCallers.Body(IntegrationTests.Practices.SampleContent(title: "Yhteinen työjono")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var practice = await created.JsonAsync();
        var id = practice.GetProperty("id").GetGuid();
        Assert.Equal($"{Practices}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"0\"", created.Headers.ETag!.Tag);
        Assert.False(created.Headers.ETag.IsWeak);
        Assert.Equal("Draft", practice.GetProperty("status").GetString());
        Assert.Equal("Yhteinen työjono", practice.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("PeopleAndLeadership", practice.GetProperty("content").GetProperty("themes")[0].GetString());
        Assert.Equal("316", practice.GetProperty("municipality").GetProperty("code").GetString());
        Assert.Equal("Kärkölä", practice.GetProperty("municipality").GetProperty("nameFi").GetString());
        Assert.True(practice.GetProperty("permissions").GetProperty("canEdit").GetBoolean());
        Assert.Equal(["SubmitForReview"], practice.GetProperty("permissions").GetProperty("steps").EnumerateArray().Select(step => step.GetString()));

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Practices}/{id}");
        again.Headers.TryAddWithoutValidation("If-None-Match", "\"0\"");
        using var notModified = await author.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("\"0\"", notModified.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task An_edit_over_a_stale_etag_is_a_409_with_the_current_version_and_overwrites_nothing()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateDraftAsync();

        using var first = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{id}", etag,
            ApiCallers.Body(IntegrationTests.Practices.SampleContent(title: "Ensimmäinen muutos")));
        using var second = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{id}", etag,
            ApiCallers.Body(IntegrationTests.Practices.SampleContent(title: "Toinen muutos")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"1\"", first.Headers.ETag!.Tag);
        Assert.Equal(1, (await first.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.JsonAsync();
        Assert.Equal("StalePractice", problem.GetProperty("code").GetString());
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        var stored = await author.Client.GetFromJsonAsync<JsonElement>($"{Practices}/{id}");
        Assert.Equal("Ensimmäinen muutos", stored.GetProperty("content").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Writes_without_If_Match_get_428_and_a_malformed_one_400()
    {
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var (id, _) = await reviewer.CreateDraftAsync();
        var content = IntegrationTests.Practices.SampleContent();

        using var put = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{id}", null, ApiCallers.Body(content));
        using var step = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, $"{Practices}/{id}/transitions", null, ApiCallers.Body(new { step = "SubmitForReview" }));
        using var delete = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Practices}/{id}", null);
        using var weak = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{id}", "W/\"0\"", ApiCallers.Body(content));
        using var notVersion = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Practices}/{id}", "\"zero\"");
        using var anyVersion = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Practices}/{id}", "*");
        using var badFlag = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{id}?minorChange=perhaps", "\"0\"", ApiCallers.Body(content));

        Assert.All(new[] { put, step, delete }, response => Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode));
        Assert.Contains("If-Match", (await put.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var malformed in new[] { weak, notVersion, anyVersion })
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal(["If-Match"], await malformed.FieldErrorsAsync());
        }

        Assert.Equal(HttpStatusCode.BadRequest, badFlag.StatusCode);
        Assert.Equal(["minorChange"], await badFlag.FieldErrorsAsync());
        var stored = await reviewer.Client.GetFromJsonAsync<JsonElement>($"{Practices}/{id}");
        Assert.Equal(0, stored.GetProperty("version").GetInt32());
        Assert.False(stored.GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task Each_role_takes_its_own_workflow_steps()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        var (id, etag) = await author.CreateDraftAsync();
        var transitions = $"{Practices}/{id}/transitions";

        using var authorPublishes = await author.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, etag, ApiCallers.Body(new { step = "Publish" }));
        using var submitted = await author.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, etag, ApiCallers.Body(new { step = "SubmitForReview" }));
        using var viewerPublishes = await viewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"1\"", ApiCallers.Body(new { step = "Publish" }));
        using var returnedWithoutWord = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"1\"", ApiCallers.Body(new { step = "ReturnToAuthor" }));
        using var publishedOverStale = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"0\"", ApiCallers.Body(new { step = "Publish" }));
        using var published = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"1\"", ApiCallers.Body(new { step = "Publish" }));
        using var wrongStep = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"2\"", ApiCallers.Body(new { step = "SubmitForReview" }));
        using var viewerArchives = await viewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"2\"", ApiCallers.Body(new { step = "Archive" }));
        using var noStep = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Post, transitions, "\"2\"", ApiCallers.Body(new { comment = "?" }));

        Assert.Equal(HttpStatusCode.Forbidden, authorPublishes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("InReview", (await submitted.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("\"1\"", submitted.Headers.ETag!.Tag);
        // A viewer cannot even see a draft in review; once it is published, they see it but may not move it.
        Assert.Equal(HttpStatusCode.NotFound, viewerPublishes.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerArchives.StatusCode);
        Assert.Equal(["comment"], await returnedWithoutWord.FieldErrorsAsync());
        Assert.Equal(HttpStatusCode.Conflict, publishedOverStale.StatusCode);
        Assert.Equal(1, (await publishedOverStale.JsonAsync()).GetProperty("currentVersion").GetInt32());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var practice = await published.JsonAsync();
        Assert.Equal("Published", practice.GetProperty("status").GetString());
        Assert.Equal(1, practice.GetProperty("revision").GetInt32());
        Assert.Equal("\"2\"", published.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, wrongStep.StatusCode);
        Assert.Equal("WrongStep", (await wrongStep.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(["step"], await noStep.FieldErrorsAsync());
    }

    [Fact]
    public async Task Another_municipality_gets_404_for_every_write_and_for_a_draft()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var espoo = await factory.ApiCallerAsync("049", MunicipalityRoles.MunicipalityAdmin);
        var (draft, etag) = await author.CreateDraftAsync();
        var shared = await factory.PublishedPracticeAsync("316", PracticeAudience.Public);
        var content = IntegrationTests.Practices.SampleContent(title: "Espoon versio");

        using var read = await espoo.Client.GetAsync($"{Practices}/{draft}");
        using var history = await espoo.Client.GetAsync($"{Practices}/{draft}/history");
        using var put = await espoo.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{draft}", etag, ApiCallers.Body(content));
        using var putShared = await espoo.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{shared.Id}", $"\"{shared.Version}\"", ApiCallers.Body(content));
        using var step = await espoo.Client.SendWithIfMatchAsync(HttpMethod.Post, $"{Practices}/{shared.Id}/transitions", $"\"{shared.Version}\"", ApiCallers.Body(new { step = "Archive" }));
        using var delete = await espoo.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Practices}/{shared.Id}", $"\"{shared.Version}\"");
        using var restore = await espoo.Client.PostAsync($"{Practices}/{draft}/restore", null);

        Assert.All(new[] { read, history, put, putShared, step, delete, restore }, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        using var sharedNow = await espoo.Client.GetAsync($"{Practices}/{shared.Id}");
        var practice = await sharedNow.JsonAsync();
        Assert.Equal("Published", practice.GetProperty("status").GetString());
        Assert.Equal(shared.Version, practice.GetProperty("version").GetInt32());
        Assert.False(practice.GetProperty("permissions").GetProperty("canEdit").GetBoolean());
        Assert.Empty(practice.GetProperty("permissions").GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Writes_need_a_token_and_a_viewer_or_a_municipality_less_caller_is_refused()
    {
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        var body = IntegrationTests.Practices.SampleContent();

        using var anonymous = await factory.CreateClient().PostAsync(Practices, ApiCallers.Body(body));
        using var byViewer = await viewer.Client.PostAsync(Practices, ApiCallers.Body(body));
        var expired = factory.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        using var badToken = await expired.GetAsync(Practices);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal("application/problem+json", byViewer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);
    }

    [Fact]
    public async Task Invalid_content_is_a_validation_problem_naming_each_field()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var invalid = IntegrationTests.Practices.SampleContent() with
        {
            Title = " ",
            Themes = [],
            Links = [new PracticeLink("Raportti", "ftp://example.fi/raportti")],
            Contacts = [new ContactPerson("Liisa", null, "ei-osoite", null)],
        };
        var withoutChoices = JsonSerializer.SerializeToNode(IntegrationTests.Practices.SampleContent(), ApiCallers.Json)!.AsObject();
        withoutChoices.Remove("stage");
        withoutChoices.Remove("audience");

        using var response = await author.Client.PostAsync(Practices, ApiCallers.Body(invalid));
        using var missing = await author.Client.PostAsync(Practices, new StringContent(withoutChoices.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.FieldErrorsAsync();
        Assert.Contains("title", fields);
        Assert.Contains("themes", fields);
        Assert.Contains("links[0].url", fields);
        Assert.Contains("contacts[0].email", fields);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["audience", "stage"], (await missing.FieldErrorsAsync()).Order());
    }

    [Fact]
    public async Task Invisible_control_characters_are_a_field_error_and_never_reach_the_database()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var hidden = IntegrationTests.Practices.SampleContent() with { Title = "Tiimityö\u0000", Summary = "Yhteenveto\u0001" };

        using var response = await author.Client.PostAsync(Practices, ApiCallers.Body(hidden));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["summary", "title"], (await response.FieldErrorsAsync()).Order());
    }

    [Theory]
    [InlineData("{\"title\": \"Puolikas", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("{\"stage\": \"Bogus\"}", "stage")]
    [InlineData("{\"stage\": 2}", "stage")]
    [InlineData("{\"themes\": [\"Education\", \"Astrology\"]}", "themes[1]")]
    [InlineData("{\"links\": [{\"title\": \"x\", \"url\": 5}]}", "links[0].url")]
    public async Task Malformed_json_and_unknown_enum_names_are_400_naming_the_place(string json, string field)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var response = await author.Client.PostAsync(Practices, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.FieldErrorsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var response = await author.Client.PostAsync(Practices, new StringContent("title=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_query_values_are_400_with_a_field_error_for_each()
    {
        using var response = await factory.CreateClient().GetAsync(
            $"{Practices}?theme=Astrology&stage=2&sort=popular&page=0&pageSize=101&year=last&includeArchived=maybe&municipality=999&region=99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["includeArchived", "municipality", "page", "pageSize", "region", "sort", "stage", "theme", "year"],
            (await response.FieldErrorsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_list_filters_by_municipality_region_theme_and_stage_and_links_its_pages()
    {
        // Kanta-Häme (region 05): Loppi and Riihimäki; no other test of this class writes there.
        var education = IntegrationTests.Practices.SampleContent() with { Themes = [PracticeTheme.Education], Stage = PracticeStage.Piloted };
        var loppi = new List<Guid>();
        for (var index = 0; index < 3; index++)
        {
            loppi.Add((await factory.PublishedPracticeAsync("433", PracticeAudience.Public, index == 0 ? education : null)).Id);
        }

        var riihimaki = (await factory.PublishedPracticeAsync("694", PracticeAudience.Public)).Id;
        var client = factory.CreateClient();

        using var first = await client.GetAsync($"{Practices}?region=05&pageSize=3&sort=title");
        var firstPage = await first.JsonAsync();
        var next = firstPage.GetProperty("next").GetString()!;
        using var second = await client.GetAsync(next);
        var secondPage = await second.JsonAsync();
        var byMunicipality = await client.GetFromJsonAsync<JsonElement>($"{Practices}?municipality=433&municipality=694&region=05");
        var onlyLoppi = await client.GetFromJsonAsync<JsonElement>($"{Practices}?municipality=433");
        var byTheme = await client.GetFromJsonAsync<JsonElement>($"{Practices}?region=05&theme=education");
        var byStage = await client.GetFromJsonAsync<JsonElement>($"{Practices}?region=05&stage=Piloted");

        Assert.Equal(4, firstPage.GetProperty("total").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("pageCount").GetInt32());
        Assert.Equal(3, firstPage.GetProperty("items").GetArrayLength());
        Assert.Contains("rel=\"next\"", string.Join(",", first.Headers.GetValues("Link")), StringComparison.Ordinal);
        Assert.Contains("region=05", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("next").ValueKind);
        Assert.Contains("rel=\"prev\"", string.Join(",", second.Headers.GetValues("Link")), StringComparison.Ordinal);
        var all = Ids(firstPage).Concat(Ids(secondPage)).ToList();
        Assert.Equal(loppi.Append(riihimaki).Order(), all.Order());
        Assert.Equal(4, byMunicipality.GetProperty("total").GetInt32());
        Assert.Equal(loppi.Order(), Ids(onlyLoppi).Order());
        Assert.All(onlyLoppi.GetProperty("items").EnumerateArray(), item =>
            Assert.Equal("433", item.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal([loppi[0]], Ids(byTheme));
        Assert.Equal([loppi[0]], Ids(byStage));
    }

    [Fact]
    public async Task Deleting_takes_the_practice_away_and_only_a_municipality_admin_brings_it_back()
    {
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var admin = await factory.ApiCallerAsync("316", MunicipalityRoles.MunicipalityAdmin);
        var (id, etag) = await reviewer.CreateDraftAsync();

        using var deleted = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Practices}/{id}", etag);
        using var goneForReviewer = await reviewer.Client.GetAsync($"{Practices}/{id}");
        using var restoredByReviewer = await reviewer.Client.PostAsync($"{Practices}/{id}/restore", null);
        using var restored = await admin.Client.PostAsync($"{Practices}/{id}/restore", null);
        using var back = await reviewer.Client.GetAsync($"{Practices}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, goneForReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, restoredByReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task History_shows_revisions_with_diffs_to_everyone_and_the_change_log_to_own_editors()
    {
        var published = await factory.PublishedPracticeAsync("316", PracticeAudience.Public);
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var edited = IntegrationTests.Practices.SampleContent() with { Title = "Tiimityö kaikissa palveluissa" };
        using var saved = await reviewer.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{Practices}/{published.Id}?minorChange=true",
            $"\"{published.Version}\"", ApiCallers.Body(edited));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var forEveryone = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"{Practices}/{published.Id}/history");
        var forEditor = await reviewer.Client.GetFromJsonAsync<JsonElement>($"{Practices}/{published.Id}/history");

        var revisions = forEveryone.GetProperty("revisions");
        Assert.Equal(2, revisions.GetArrayLength());
        var latest = revisions[0];
        Assert.Equal(2, latest.GetProperty("number").GetInt32());
        Assert.Contains("title", latest.GetProperty("changedFields").EnumerateArray().Select(field => field.GetString()));
        var titleDiff = latest.GetProperty("textDiffs").EnumerateArray().Single(diff => diff.GetProperty("field").GetString() == "title");
        Assert.Contains(titleDiff.GetProperty("segments").EnumerateArray(), segment =>
            segment.GetProperty("change").GetString() == "Inserted" && segment.GetProperty("text").GetString()!.Contains("kaikissa", StringComparison.Ordinal));
        Assert.Empty(forEveryone.GetProperty("changes").EnumerateArray());
        Assert.Contains(forEditor.GetProperty("changes").EnumerateArray(), change => change.GetProperty("kind").GetString() == "Edited");
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
}
