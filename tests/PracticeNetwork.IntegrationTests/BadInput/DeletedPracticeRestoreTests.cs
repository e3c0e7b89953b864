using System.Net;
using System.Text.Json;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>
/// A deleted practice is there only for its municipality's admins: anyone else who tries to restore it hears exactly
/// what they would hear for an id that does not exist, so the bin gives nothing away.
/// </summary>
public sealed class DeletedPracticeRestoreTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Theory]
    [InlineData(MunicipalityRoles.Author)]
    [InlineData(MunicipalityRoles.Reviewer)]
    public async Task Restoring_a_deleted_practice_through_the_api_without_being_admin_is_the_same_404_as_an_unknown_id(MunicipalityRoles roles)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var caller = roles == MunicipalityRoles.Author ? author : await factory.ApiCallerAsync("316", roles);
        var id = await DeletedDraftAsync(author);

        using var deleted = await caller.Client.PostAsync($"/api/v1/practices/{id}/restore", null);
        using var unknown = await caller.Client.PostAsync($"/api/v1/practices/{Guid.NewGuid()}/restore", null);

        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Shape(await unknown.JsonAsync()), Shape(await deleted.JsonAsync()));
        Assert.Equal(unknown.Content.Headers.ContentType, deleted.Content.Headers.ContentType);
    }

    [Fact]
    public async Task A_municipality_admin_still_restores_the_deleted_practice_through_the_api()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var admin = await factory.ApiCallerAsync("316", MunicipalityRoles.MunicipalityAdmin);
        var id = await DeletedDraftAsync(author);

        using var restored = await admin.Client.PostAsync($"/api/v1/practices/{id}/restore", null);
        using var back = await author.Client.GetAsync($"/api/v1/practices/{id}");

        Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.False((await back.JsonAsync()).GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task The_restore_form_answers_an_author_the_same_for_a_deleted_practice_as_for_an_unknown_id_and_works_for_an_admin()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var id = await DeletedDraftAsync(author);
        var (authorSession, _) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        var (adminSession, _) = await factory.SignedInAsync("316", MunicipalityRoles.MunicipalityAdmin);
        using (authorSession)
        using (adminSession)
        {
            using var deleted = await authorSession.PostWithTokenAsync($"/kaytannot/{id}/palauta", new Dictionary<string, string>());
            using var unknown = await authorSession.PostWithTokenAsync($"/kaytannot/{Guid.NewGuid()}/palauta", new Dictionary<string, string>());
            using var restored = await adminSession.SubmitAsync($"/kaytannot/{id}/palauta", "main form");

            Assert.Equal(unknown.StatusCode, deleted.StatusCode);
            Assert.Equal(await HeadingAsync(unknown), await HeadingAsync(deleted));
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
            Assert.Equal($"/kaytannot/{id}", restored.Headers.Location!.OriginalString);
        }
    }

    /// <summary>A draft the author wrote and then deleted through the API.</summary>
    private static async Task<Guid> DeletedDraftAsync(ApiCaller author)
    {
        var (id, etag) = await author.CreateDraftAsync();
        using var deleted = await author.Client.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/practices/{id}", etag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        return id;
    }

    private static async Task<string?> HeadingAsync(HttpResponseMessage response) =>
        (await Html.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim();

    /// <summary>A problem's fields and values, without the per-request trace id.</summary>
    private static string Shape(JsonElement problem) =>
        string.Join(", ", problem.EnumerateObject().Where(field => field.Name != "traceId").Select(field => $"{field.Name}={field.Value}"));
}
