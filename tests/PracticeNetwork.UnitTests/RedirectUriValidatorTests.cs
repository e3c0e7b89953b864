using PracticeNetwork.Host.Oidc;
using static PracticeNetwork.Host.Oidc.RedirectUriValidator;

namespace PracticeNetwork.UnitTests;

public sealed class RedirectUriValidatorTests
{
    [Theory]
    [InlineData("https://app.example/callback", Problem.None)]
    [InlineData("https://app.example:8443/signin-oidc?tenant=1", Problem.None)]
    [InlineData("http://127.0.0.1:7890/callback", Problem.None)]
    [InlineData("http://localhost:7890/callback", Problem.None)]
    [InlineData("http://[::1]:7890/callback", Problem.None)]
    [InlineData("http://app.example/callback", Problem.HttpNotLoopback)]
    [InlineData("http://localhost.evil.example/callback", Problem.HttpNotLoopback)]
    [InlineData("http://10.0.0.5/callback", Problem.HttpNotLoopback)]
    [InlineData("https://app.example/callback#done", Problem.HasFragment)]
    [InlineData("https://app.example/callback#", Problem.HasFragment)]
    [InlineData("https://user:pass@app.example/callback", Problem.HasUserInfo)]
    [InlineData("/callback", Problem.NotAbsolute)]
    [InlineData("app.example/callback", Problem.NotAbsolute)]
    [InlineData("javascript:alert(1)", Problem.SchemeNotAllowed)]
    [InlineData("ftp://app.example/callback", Problem.SchemeNotAllowed)]
    [InlineData("file:///etc/passwd", Problem.SchemeNotAllowed)]
    public void A_redirect_URI_is_absolute_https_or_loopback_http_without_a_fragment(string uri, Problem expected)
    {
        Assert.Equal(expected, Check(uri, out var parsed));
        Assert.Equal(expected == Problem.None, parsed is not null);
    }

    [Fact]
    public void One_URI_per_line_blank_lines_and_duplicates_ignored()
    {
        var (uris, problem, _) = Parse("https://a.example/cb\r\n\r\n  http://127.0.0.1:1/cb  \nhttps://a.example/cb\n");

        Assert.Equal(Problem.None, problem);
        Assert.Equal(["https://a.example/cb", "http://127.0.0.1:1/cb"], uris.Select(uri => uri.OriginalString));
    }

    [Fact]
    public void The_first_bad_line_is_named()
    {
        var (uris, problem, line) = Parse("https://a.example/cb\nhttp://b.example/cb\nnot a uri");

        Assert.Empty(uris);
        Assert.Equal(Problem.HttpNotLoopback, problem);
        Assert.Equal("http://b.example/cb", line);
    }

    [Fact]
    public void Nothing_is_no_URIs_and_too_many_or_too_long_are_refused()
    {
        Assert.Equal(Problem.None, Parse(null).Problem);
        Assert.Empty(Parse("  \n ").Uris);
        Assert.Equal(Problem.TooMany, Parse(string.Join('\n', Enumerable.Range(0, MaxUris + 1).Select(i => $"https://a.example/{i}"))).Problem);
        Assert.Equal(Problem.TooLong, Check("https://a.example/" + new string('a', MaxLength), out _));
    }
}
