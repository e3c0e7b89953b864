using System.Net;
using System.Text.Json;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The search API as the tests call it, and waiting for the index, which follows the outboxes within seconds.</summary>
internal static class SearchCalls
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(20);

    /// <summary>A word no other test writes, so a test finds only its own items.</summary>
    public static string UniqueWord() => "x" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<JsonElement> SearchAsync(HttpClient client, string words, string more = "")
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(words)}{more}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static List<Guid> Ids(JsonElement results) => [.. results.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Freshness;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The search index did not catch up ({what}) within {Freshness.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
