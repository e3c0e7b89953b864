using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The public OpenAPI description and the API reference page, under the app's content security policy.</summary>
public sealed partial class ApiDocumentationTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_OpenAPI_description_lists_the_practice_operations_and_the_oauth2_scheme()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();
        var paths = document.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "GET /api/v1/practices",
            "POST /api/v1/practices",
            "GET /api/v1/practices/{id}",
            "PUT /api/v1/practices/{id}",
            "DELETE /api/v1/practices/{id}",
            "POST /api/v1/practices/{id}/transitions",
            "POST /api/v1/practices/{id}/restore",
            "GET /api/v1/practices/{id}/history",
            "POST /api/v1/practices/{id}/attachments",
            "GET /api/v1/practices/{id}/attachments/{attachmentId}",
            "DELETE /api/v1/practices/{id}/attachments/{attachmentId}",
        }, operations);
        Assert.DoesNotContain(operations, operation => operation.Contains("/connect/", StringComparison.Ordinal));

        var flow = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2")
            .GetProperty("flows").GetProperty("authorizationCode");
        Assert.EndsWith("/connect/authorize", flow.GetProperty("authorizationUrl").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/token", flow.GetProperty("tokenUrl").GetString(), StringComparison.Ordinal);
        Assert.True(flow.GetProperty("scopes").TryGetProperty("practicenetwork.api", out _));
        var create = paths.GetProperty("/api/v1/practices").GetProperty("post");
        Assert.Equal("practicenetwork.api", create.GetProperty("security")[0].GetProperty("oauth2")[0].GetString());
        Assert.Equal("#/components/schemas/PracticeContentRequest",
            create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var required = document.GetProperty("components").GetProperty("schemas").GetProperty("PracticeContentRequest").GetProperty("required");
        Assert.Contains("stage", required.EnumerateArray().Select(field => field.GetString()));
        Assert.True(paths.GetProperty("/api/v1/practices/{id}/attachments").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").TryGetProperty("multipart/form-data", out _));
        var theme = paths.GetProperty("/api/v1/practices").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(parameter => parameter.GetProperty("name").GetString() == "theme");
        Assert.Contains("Education", theme.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_description_lists_the_project_operations_with_their_bodies_and_filters()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "GET /api/v1/projects",
            "POST /api/v1/projects",
            "GET /api/v1/projects/{id}",
            "PUT /api/v1/projects/{id}",
            "DELETE /api/v1/projects/{id}",
            "GET /api/v1/projects/{id}/history",
            "POST /api/v1/projects/{id}/transitions",
            "POST /api/v1/projects/{id}/restore",
            "POST /api/v1/projects/{id}/documents",
            "GET /api/v1/projects/{id}/documents/{attachmentId}",
            "DELETE /api/v1/projects/{id}/documents/{attachmentId}",
            "POST /api/v1/projects/{id}/invitations",
            "POST /api/v1/projects/{id}/participants/me/answer",
            "POST /api/v1/projects/{id}/participants/me/leave",
            "PUT /api/v1/projects/{id}/participants/me/contribution",
            "POST /api/v1/projects/{id}/team",
            "DELETE /api/v1/projects/{id}/team/{personId}",
            "PUT /api/v1/projects/{id}/team/{personId}/manager",
            "POST /api/v1/projects/{id}/milestones",
            "GET /api/v1/projects/{id}/milestones/{milestoneId}",
            "PUT /api/v1/projects/{id}/milestones/{milestoneId}",
            "DELETE /api/v1/projects/{id}/milestones/{milestoneId}",
            "POST /api/v1/projects/{id}/milestones/{milestoneId}/completion",
            "POST /api/v1/projects/{id}/updates",
            "GET /api/v1/projects/{id}/updates/{updateId}",
        }, operations);
        var create = paths.GetProperty("/api/v1/projects").GetProperty("post");
        Assert.Equal("#/components/schemas/ProjectContentRequest",
            create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var required = document.GetProperty("components").GetProperty("schemas").GetProperty("ProjectContentRequest").GetProperty("required");
        Assert.Contains("status", required.EnumerateArray().Select(field => field.GetString()));
        var status = paths.GetProperty("/api/v1/projects").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(parameter => parameter.GetProperty("name").GetString() == "status");
        Assert.Equal(["Planned", "Ongoing", "Completed", "Cancelled"], status.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.True(paths.GetProperty("/api/v1/projects/{id}/documents").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").TryGetProperty("multipart/form-data", out _));
    }

    [Fact]
    public async Task The_API_reference_is_served_from_this_app_with_a_nonce_for_its_scripts_only()
    {
        var client = factory.CreateClient();

        using var page = await client.GetAsync("/api/docs");
        var html = await page.Content.ReadAsStringAsync();
        using var bundle = await client.GetAsync("/api/docs/scalar.js");
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(nonce), policy);
        var scripts = ScriptTag().Matches(html).Select(match => match.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script, StringComparison.Ordinal));
        Assert.DoesNotContain("//", string.Join(' ', scripts), StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(directive => directive.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("javascript", bundle.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        var homePolicy = home.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("'unsafe-inline'", homePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce-", homePolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_page_load_gets_a_new_nonce()
    {
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/docs/");
        using var second = await client.GetAsync("/api/docs/");

        Assert.NotEqual(
            NonceInPolicy().Match(first.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value,
            NonceInPolicy().Match(second.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
