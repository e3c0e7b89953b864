using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// A browser without JavaScript: keeps cookies, reads pages, fills in and submits their forms (hidden fields such
/// as the antiforgery token included), and follows redirects only when asked.
/// </summary>
public sealed class WebSession(PracticeNetworkFactory factory) : IDisposable
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Client => _client;

    public async Task<IDocument> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return await Html.ParseAsync(response);
    }

    public async Task<HttpResponseMessage> GetResponseAsync(string url) => await _client.GetAsync(url);

    /// <summary>Submits the form matched by <paramref name="formSelector"/> on the page at <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IDictionary<string, string>? values = null, string? buttonName = null, string? buttonValue = null)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, url, formSelector, values, buttonName, buttonValue);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string url, string formSelector, IDictionary<string, string>? values = null, string? buttonName = null, string? buttonValue = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            var name = input.Name!;
            if (values?.ContainsKey(name) == true)
            {
                continue;
            }

            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked)
                {
                    fields.Add(new(name, input.Value));
                }
            }
            else
            {
                fields.Add(new(name, input.Value));
            }
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            if (values?.ContainsKey(select.Name!) != true)
            {
                fields.Add(new(select.Name!, select.Value ?? string.Empty));
            }
        }

        fields.AddRange(values ?? new Dictionary<string, string>());
        if (buttonName is not null)
        {
            fields.Add(new(buttonName, buttonValue ?? string.Empty));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : url;
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(action, content);
    }

    /// <summary>Signs in through the real form; returns where it redirected.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/")
    {
        return await SubmitAsync($"/kirjaudu?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "main form", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
    }

    public async Task<bool> IsSignedInAsync()
    {
        using var response = await _client.GetAsync("/profiili");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _client.Dispose();
}
