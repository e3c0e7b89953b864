using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>A multipart body the form reader cannot parse is the client's mistake: 400 problem details naming the body, never a 500.</summary>
public sealed class MalformedFormTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public static TheoryData<string, string> BrokenBodies => new()
    {
        { "boundary-in-header", Part("other-boundary") + "--other-boundary--\r\n" },
        { "boundary-in-header", Part("boundary-in-header") },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task An_api_upload_that_is_not_well_formed_multipart_is_400_naming_the_body(string declaredBoundary, string body)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateDraftAsync();

        using var response = await author.Client.PostAsync($"/api/v1/practices/{id}/attachments", Multipart(declaredBoundary, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["body"], await response.FieldErrorsAsync());
        var practice = JsonDocument.Parse(await author.Client.GetStringAsync($"/api/v1/practices/{id}")).RootElement;
        Assert.Empty(practice.GetProperty("attachments").EnumerateArray());
    }

    /// <summary>One file part, opened with <paramref name="boundary"/> and never closed.</summary>
    private static string Part(string boundary) =>
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"muistio.txt\"\r\nContent-Type: text/plain\r\n\r\nmuistio\r\n";

    private static ByteArrayContent Multipart(string boundary, string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }
}
