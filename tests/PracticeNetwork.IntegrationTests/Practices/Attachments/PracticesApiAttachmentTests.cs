using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A host whose attachments may be at most 100 kB, so that oversized uploads are quick to make.</summary>
public sealed class ApiAttachmentLimitFactory : PracticeNetworkFactory
{
    public const int MaxBytes = 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attachments:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Attachments through the API: allowed files in, everything else refused naming <c>file</c>, downloads only for those who may open the practice.</summary>
public sealed class PracticesApiAttachmentTests(ApiAttachmentLimitFactory factory) : IClassFixture<ApiAttachmentLimitFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task An_editor_uploads_a_file_and_readers_download_it_as_an_attachment_with_its_name()
    {
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);

        using var uploaded = await reviewer.Client.PostAsync($"/api/v1/practices/{practice.Id}/attachments", File("Kärkölän kaavio.png", Png));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.JsonAsync();
        var url = attachment.GetProperty("downloadUrl").GetString()!;
        Assert.Equal(url, uploaded.Headers.Location!.OriginalString);
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        var listed = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{practice.Id}");
        Assert.Equal(url, listed.GetProperty("attachments").EnumerateArray().Single().GetProperty("downloadUrl").GetString());

        using var download = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Kärkölän kaavio.png", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''K%C3%A4rk%C3%B6l%C3%A4n%20kaavio.png", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("ohjelma.exe", "MZ-executable")]
    [InlineData("raportti.pdf", "MZ-renamed-executable")]
    [InlineData("sivu.html", "<html><script>alert(1)</script></html>")]
    [InlineData("kuva.png", "not a png at all")]
    public async Task Files_of_other_types_or_with_content_that_does_not_match_are_refused_naming_file(string name, string content)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateDraftAsync();

        using var response = await author.Client.PostAsync($"/api/v1/practices/{id}/attachments", File(name, Encoding.ASCII.GetBytes(content)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file"], await response.FieldErrorsAsync());
        var practice = await author.Client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}");
        Assert.Empty(practice.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task An_oversized_file_is_refused_naming_file_and_a_body_far_over_the_limit_with_413()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateDraftAsync();
        var url = $"/api/v1/practices/{id}/attachments";

        using var justOver = await author.Client.PostAsync(url, File("muistio.txt", Text(ApiAttachmentLimitFactory.MaxBytes + 1)));
        using var farOver = await author.Client.PostAsync(url, File("muistio.txt", Text(ApiAttachmentLimitFactory.MaxBytes * 3)));
        using var noFile = await author.Client.PostAsync(url, new MultipartFormDataContent { { new StringContent("x"), "other" } });
        using var notMultipart = await author.Client.PostAsync(url, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, justOver.StatusCode);
        Assert.Equal(["file"], await justOver.FieldErrorsAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farOver.StatusCode);
        Assert.Equal(["file"], await farOver.FieldErrorsAsync());
        Assert.Equal(["file"], await noFile.FieldErrorsAsync());
        Assert.Equal(["file"], await notMultipart.FieldErrorsAsync());
        var practice = await author.Client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}");
        Assert.Empty(practice.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public void The_upload_endpoint_limits_the_request_body_a_little_above_the_largest_file_for_the_server_to_enforce()
    {
        var upload = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Single(endpoint =>
            endpoint.RoutePattern.RawText?.TrimStart('/') == "api/v1/practices/{id:guid}/attachments"
            && endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true);

        var limit = upload.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;

        Assert.NotNull(limit);
        Assert.InRange(limit.Value, ApiAttachmentLimitFactory.MaxBytes + 1, ApiAttachmentLimitFactory.MaxBytes + (1024 * 1024));
    }

    [Fact]
    public async Task Downloads_are_404_for_those_who_may_not_open_the_practice()
    {
        using var karkolaReviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var espooViewer = await factory.ApiCallerAsync("049", MunicipalityRoles.Viewer);
        var internalOnly = await factory.PublishedPracticeAsync("316", Audience.Internal);
        var networkOnly = await factory.PublishedPracticeAsync("316", Audience.Network);
        var internalFile = await UploadAsync(karkolaReviewer, internalOnly.Id);
        var networkFile = await UploadAsync(karkolaReviewer, networkOnly.Id);

        using var crossTenant = await espooViewer.Client.GetAsync(internalFile);
        using var anonymousOnNetwork = await factory.CreateClient().GetAsync(networkFile);
        using var memberOnNetwork = await espooViewer.Client.GetAsync(networkFile);
        using var ownOnInternal = await karkolaReviewer.Client.GetAsync(internalFile);
        using var wrongPractice = await karkolaReviewer.Client.GetAsync(internalFile.Replace(internalOnly.Id.ToString(), networkOnly.Id.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, crossTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymousOnNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberOnNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownOnInternal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongPractice.StatusCode);
    }

    [Fact]
    public async Task Only_editors_of_the_practice_add_or_remove_files()
    {
        using var reviewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Reviewer);
        using var viewer = await factory.ApiCallerAsync("316", MunicipalityRoles.Viewer);
        using var espooReviewer = await factory.ApiCallerAsync("049", MunicipalityRoles.Reviewer);
        var practice = await factory.PublishedPracticeAsync("316", Audience.Public);
        var url = $"/api/v1/practices/{practice.Id}/attachments";
        var file = await UploadAsync(reviewer, practice.Id);

        using var anonymous = await factory.CreateClient().PostAsync(url, File("liite.txt", Text(10)));
        using var byViewer = await viewer.Client.PostAsync(url, File("liite.txt", Text(10)));
        using var byEspoo = await espooReviewer.Client.PostAsync(url, File("liite.txt", Text(10)));
        using var removedByViewer = await viewer.Client.DeleteAsync(file);
        using var removedByEspoo = await espooReviewer.Client.DeleteAsync(file);
        using var stillThere = await factory.CreateClient().GetAsync(file);
        using var removed = await reviewer.Client.DeleteAsync(file);
        using var gone = await factory.CreateClient().GetAsync(file);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byEspoo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, removedByViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedByEspoo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<string> UploadAsync(ApiCaller editor, Guid practiceId)
    {
        using var uploaded = await editor.Client.PostAsync($"/api/v1/practices/{practiceId}/attachments", File("muistio.txt", Text(100)));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        return uploaded.Headers.Location!.OriginalString;
    }

    private static MultipartFormDataContent File(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static byte[] Text(int length) => Encoding.ASCII.GetBytes(new string('a', length));
}
