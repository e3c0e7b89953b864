using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Edge cases of the practice pages and API at their boundaries: stale ETags, malformed headers and bodies, hidden revisions and drafts.</summary>
public sealed class PracticeEdgeCaseTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_client_holding_the_etag_of_a_practice_hears_of_a_file_added_since_and_is_not_told_304()
    {
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var reader = factory.CreateClient();
        using var first = await reader.GetAsync($"/api/v1/practices/{practice.Id}");
        var etag = first.Headers.ETag!.Tag;

        using var uploaded = await reviewer.Client.PostAsync($"/api/v1/practices/{practice.Id}/attachments", File("muistio.txt", "muistio"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/practices/{practice.Id}");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var revalidated = await reader.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Single((await revalidated.JsonAsync()).GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task A_multipart_upload_without_a_boundary_is_a_bad_request_not_413()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateDraftAsync();
        using var body = new ByteArrayContent(Encoding.ASCII.GetBytes("not multipart"));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        using var response = await author.Client.PostAsync($"/api/v1/practices/{id}/attachments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("\"1\", W/")]
    public async Task A_malformed_if_none_match_gets_the_practice_not_a_500(string header)
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/practices/{practice.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", header);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Text_published_only_inside_the_municipality_stays_inside_when_a_later_revision_is_made_public()
    {
        const string Secret = "Salainen-sopimushinta-48000-euroa";
        var content = Practices.SampleContent(Audience.Internal) with { ResourcesAndCosts = $"Kustannukset: {Secret}." };
        var practice = await factory.PublishedPracticeAsync("316", Audience.Internal, content);
        var opened = content with { Audience = Audience.Public, ResourcesAndCosts = "Kustannukset: kaksi työpajaa." };
        await factory.AsMemberAsync(practice.Reviewer, MunicipalityRoles.Reviewer,
            sender => sender.Send(new UpdatePractice(practice.Id, opened, practice.Version, MinorChange: false)).AsTask());

        var anonymous = factory.CreateClient();
        using var api = await anonymous.GetAsync($"/api/v1/practices/{practice.Id}/history");
        using var page = await anonymous.GetAsync($"/kaytannot/{practice.Id}/historia");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.DoesNotContain(Secret, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(Secret, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_cannot_tell_a_colleagues_hidden_draft_from_no_practice_at_all_through_restore()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        var (draft, _) = await author.CreateDraftAsync();

        using var hidden = await viewer.Client.PostAsync($"/api/v1/practices/{draft}/restore", null);
        using var missing = await viewer.Client.PostAsync($"/api/v1/practices/{Guid.NewGuid()}/restore", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(missing.StatusCode, hidden.StatusCode);
    }

    [Fact]
    public async Task A_workflow_form_with_a_comment_beyond_the_form_limits_is_refused_not_a_500()
    {
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var (session, _) = await factory.SignedInAsync("316", MunicipalityRoles.Reviewer);
        using var _session = session;

        using var huge = await session.PostWithTokenAsync($"/kaytannot/{practice.Id}/tila", new Dictionary<string, string>
        {
            ["step"] = "Archive", ["version"] = practice.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["comment"] = new string('a', 5 * 1024 * 1024),
        });

        Assert.True((int)huge.StatusCode is >= 400 and < 500, $"{(int)huge.StatusCode}");
    }

    private static MultipartFormDataContent File(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
