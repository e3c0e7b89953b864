using System.Net;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests.BadInput;

/// <summary>
/// A method a page has no handler for is 405 with an Allow header listing those it has, shown on the error page, even
/// with a valid antiforgery token and signed in; the page's own GET and POST keep working.
/// </summary>
public sealed class UnhandledPageMethodTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    public static TheoryData<string> OtherMethods => ["PUT", "PATCH", "DELETE"];

    [Theory]
    [MemberData(nameof(OtherMethods))]
    [InlineData("POST")]
    public async Task Read_only_pages_answer_other_methods_with_405_allowing_get_and_head(string method)
    {
        var practice = await factory.PublishedPracticeAsync("316");
        using var session = new WebSession(factory);
        var token = await TokenAsync(session, "/kunnat");

        foreach (var url in new[] { $"/kaytannot/{practice.Id}", $"/kaytannot/{practice.Id}/historia", "/kaytannot", "/kunnat/316", "/saavutettavuus" })
        {
            using var response = await SendAsync(session, method, url, token);

            await AssertMethodNotAllowedAsync(response, "GET, HEAD", $"{method} {url}");
            using var page = await session.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task The_editor_answers_a_signed_in_author_405_allowing_get_head_and_post_and_still_saves(string method)
    {
        var (session, account) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using (session)
        {
            var id = await factory.CreateDraftAsync((account.PersonId, await factory.MunicipalityIdAsync("316")), Practices.SampleContent());
            var url = $"/kaytannot/{id}/muokkaa";

            using var refused = await SendAsync(session, method, url, await TokenAsync(session, url));
            var editor = await session.GetAsync(url);
            using var saved = await FormPost.From(editor, "form.practice-editor").Set("title", "Tallennettu otsikko").SendAsync(session.Client);

            await AssertMethodNotAllowedAsync(refused, "GET, HEAD, POST", $"{method} {url}");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var details = await session.GetAsync(saved.Headers.Location!.OriginalString);
            Assert.Equal("Tallennettu otsikko", details.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_post_that_names_none_of_the_pages_post_handlers_is_400_not_a_half_built_page()
    {
        var (session, _) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        using (session)
        {
            using var unnamed = await session.PostWithTokenAsync("/profiili/kaksivaihe", new Dictionary<string, string>());
            using var unknown = await session.PostWithTokenAsync("/profiili/kaksivaihe?handler=Explode", new Dictionary<string, string>());
            using var page = await session.GetResponseAsync("/profiili/kaksivaihe");

            Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Options_on_a_page_lists_its_methods()
    {
        using var session = new WebSession(factory);

        using var listed = await session.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/kirjaudu"));

        Assert.Equal(HttpStatusCode.NoContent, listed.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", listed.Content.Headers.Allow));
    }

    [Fact]
    public async Task Head_on_a_page_answers_like_get()
    {
        using var session = new WebSession(factory);

        using var head = await session.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/kunnat"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertMethodNotAllowedAsync(HttpResponseMessage response, string allow, string request)
    {
        Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{request}: {(int)response.StatusCode}");
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        var page = await Html.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent), $"{request}: the error page has no heading");
    }

    /// <summary>A valid form token for <paramref name="session"/>, from the language switch on <paramref name="url"/>.</summary>
    private static async Task<string> TokenAsync(WebSession session, string url) =>
        (await session.GetAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> SendAsync(WebSession session, string method, string url, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        return await session.Client.SendAsync(request);
    }
}
