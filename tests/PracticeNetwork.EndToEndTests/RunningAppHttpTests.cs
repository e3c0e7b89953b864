using System.Net;

namespace PracticeNetwork.EndToEndTests;

/// <summary>The real process, as configured for production, answered over HTTP (no browser needed).</summary>
public sealed class RunningAppHttpTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_protected_endpoint_answers_401_to_an_anonymous_caller_not_500()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var response = await http.GetAsync(new Uri("/api/v1/members", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Production_sends_HSTS_only_over_HTTPS_and_the_other_security_headers_always()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var response = await http.GetAsync(new Uri("/kunnat", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public void The_app_logs_as_structured_JSON_outside_development()
    {
        var firstLine = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).First();
        Assert.StartsWith("{", firstLine, StringComparison.Ordinal);
        Assert.Contains("\"LogLevel\"", firstLine, StringComparison.Ordinal);
    }
}
