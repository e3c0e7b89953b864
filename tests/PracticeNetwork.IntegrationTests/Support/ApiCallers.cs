using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Serialization;
using System.Text.Json;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A person calling /api with a real access token (code + PKCE), acting for their one municipality.</summary>
internal sealed record ApiCaller(Guid PersonId, Guid MunicipalityId, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

internal static class ApiCallers
{
    /// <summary>The API's JSON: camelCase, enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A new account with <paramref name="roles"/> in <paramref name="code"/>, signed in through the form, with an API token.</summary>
    public static async Task<ApiCaller> ApiCallerAsync(this PracticeNetworkFactory factory, string code, MunicipalityRoles roles)
    {
        var account = await factory.NewAccountAsync((code, roles));
        using var session = new WebSession(factory);
        using var signedIn = await session.SignInAsync(account.Email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var token = await factory.AccessTokenForAsync(session);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiCaller(account.PersonId, await factory.MunicipalityIdAsync(code), client);
    }

    public static JsonContent Body(object value) => JsonContent.Create(value, options: Json);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"{(int)response.StatusCode} without a body");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Creates a draft through the API; returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> CreateDraftAsync(this ApiCaller author, PracticeContent? content = null)
    {
        using var created = await author.Client.PostAsync("/api/v1/practices", Body(content ?? Practices.SampleContent()));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return ((await created.JsonAsync()).GetProperty("id").GetGuid(), created.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string url, string? ifMatch, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The field names of a validation problem (<c>errors</c>).</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(this HttpResponseMessage response)
    {
        var problem = await response.JsonAsync();
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"{(int)response.StatusCode} without field errors: {problem}");
        return [.. errors.EnumerateObject().Select(error => error.Name)];
    }
}
