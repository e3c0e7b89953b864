using System.Net;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>Every API read answers HEAD as it answers GET (status, ETag, Content-Type, Content-Length) without the body; HEAD never reaches a write.</summary>
public sealed class ApiHeadRequestTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Theory]
    [InlineData("/api/v1/practices?pageSize=5")]
    [InlineData("/api/v1/projects?pageSize=5")]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/api/v1/municipalities?q=k%C3%A4rk")]
    [InlineData("/api/v1/municipalities/316")]
    public async Task Head_on_a_list_or_an_item_has_the_status_and_headers_of_get_and_no_body(string url)
    {
        await factory.PublishedPracticeAsync("316");
        var client = factory.CreateClient();

        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        await AssertLikeGetAsync(get, head);
    }

    [Fact]
    public async Task Head_on_a_practice_carries_its_etag_and_if_none_match_answers_304()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, etag) = await author.CreateDraftAsync();
        var url = $"/api/v1/practices/{id}";

        using var get = await author.Client.GetAsync(url);
        using var head = await author.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var conditional = new HttpRequestMessage(HttpMethod.Head, url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var notModified = await author.Client.SendAsync(conditional);

        await AssertLikeGetAsync(get, head);
        Assert.Equal(etag, head.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag!.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/municipalities/999")]
    [InlineData("/api/v1/practices/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/projects/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/projects?joint=perhaps")]
    [InlineData("/api/v1/practices?pageSize=1000")]
    [InlineData("/api/v1/members")]
    public async Task Head_on_what_get_refuses_has_the_same_problem_status_and_no_body(string url)
    {
        var client = factory.CreateClient();

        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.True((int)get.StatusCode >= 400, $"GET {url}: {(int)get.StatusCode}");
        await AssertLikeGetAsync(get, head);
    }

    [Fact]
    public async Task Head_is_not_a_way_into_a_write()
    {
        using var author = await factory.ApiCallerAsync("316", MunicipalityRoles.Author);
        var (id, _) = await author.CreateDraftAsync();

        using var head = await author.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/practices/{id}/transitions"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(["POST"], head.Content.Headers.Allow);
    }

    private static async Task AssertLikeGetAsync(HttpResponseMessage get, HttpResponseMessage head)
    {
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(string.Join(",", get.Headers.TryGetValues("Link", out var links) ? links : []), string.Join(",", head.Headers.TryGetValues("Link", out var headLinks) ? headLinks : []));
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
