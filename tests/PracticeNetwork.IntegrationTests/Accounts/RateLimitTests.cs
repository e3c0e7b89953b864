using System.Net;

namespace PracticeNetwork.IntegrationTests;

public sealed class StrictRateLimitFactory : PracticeNetworkFactory
{
    protected override int SignInAttemptsPerMinute => 3;
}

public sealed class RateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_Retry_After()
    {
        using var session = new WebSession(factory);
        session.Client.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "198.51.100.20");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await session.SignInAsync("someone@test.example", "wrong password here");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        using var otherAddress = new WebSession(factory);
        otherAddress.Client.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "198.51.100.21");
        using var allowed = await otherAddress.SignInAsync("someone@test.example", "wrong password here");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Password_reset_requests_are_rate_limited_too()
    {
        using var session = new WebSession(factory);
        session.Client.DefaultRequestHeaders.Add(PracticeNetworkFactory.RemoteIpHeader, "198.51.100.30");
        HttpStatusCode last = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await session.SubmitAsync("/salasana/unohtui", "main form", new Dictionary<string, string> { ["Email"] = "x@test.example" });
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
