using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>
/// JSON bodies are read only when they say they are JSON in UTF-8 (RFC 8259): a body without a content type, or in
/// another charset, is 415 problem details and changes nothing; the JSON media types in UTF-8 keep working.
/// </summary>
public sealed class JsonContentTypeTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string PracticesUrl = "/api/v1/practices";

    public static TheoryData<string?, string> Refused => new()
    {
        { null, "utf-8" },
        { "application/json; charset=utf-16", "utf-16" },
        { "application/json; charset=UTF-16LE", "utf-16" },
        { "application/json; charset=iso-8859-1", "iso-8859-1" },
        { "application/problem+json; charset=\"utf-16\"", "utf-16" },
    };

    public static TheoryData<string> Accepted => new()
    {
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON; Charset=UTF-8",
        "application/json; charset=\"utf-8\"",
        "application/vnd.practicenetwork+json",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Creating_with_a_body_that_is_not_declared_utf8_json_is_415_and_creates_nothing(string? contentType, string encoding)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var response = await author.Client.PostAsync(PracticesUrl, Body("Ei luotu", contentType, encoding));

        await AssertUnsupportedAsync(response);
        Assert.Equal(0, await factory.DraftsByAsync(author.PersonId, author.MunicipalityId));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Updating_with_a_body_that_is_not_declared_utf8_json_is_415_and_changes_nothing(string? contentType, string encoding)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateDraftAsync();

        using var response = await author.Client.SendWithIfMatchAsync(HttpMethod.Put, $"{PracticesUrl}/{id}", etag, Body("Muutettu otsikko", contentType, encoding));

        await AssertUnsupportedAsync(response);
        using var current = await author.Client.GetAsync($"{PracticesUrl}/{id}");
        Assert.Equal(etag, current.Headers.ETag!.Tag);
        Assert.NotEqual("Muutettu otsikko", (await current.JsonAsync()).GetProperty("content").GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Json_media_types_in_utf8_are_read_for_create_and_update(string contentType)
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);

        using var created = await author.Client.PostAsync(PracticesUrl, Body("Uusi käytäntö", contentType, "utf-8"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var updated = await author.Client.SendWithIfMatchAsync(
            HttpMethod.Put, created.Headers.Location!.OriginalString, created.Headers.ETag!.Tag, Body("Päivitetty käytäntö", contentType, "utf-8"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Päivitetty käytäntö", (await updated.JsonAsync()).GetProperty("content").GetProperty("title").GetString());
    }

    private static async Task AssertUnsupportedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(415, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    /// <summary>The sample content with <paramref name="title"/>, encoded in <paramref name="encoding"/>, declared as <paramref name="contentType"/> (null: no Content-Type).</summary>
    private static ByteArrayContent Body(string title, string? contentType, string encoding)
    {
        var json = JsonSerializer.Serialize(Practices.SampleContent(title: title), ApiCallers.Json);
        var content = new ByteArrayContent(Encoding.GetEncoding(encoding).GetBytes(json));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }
}
