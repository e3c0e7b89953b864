using System.Net;
using AngleSharp.Html.Parser;
using Duende.IdentityModel.OidcClient.Browser;

namespace PracticeNetwork.EndToEndTests;

/// <summary>
/// The "browser" an OpenID Connect client hands the user to, played by an HttpClient with a cookie jar: it
/// follows the authorize request's redirects, fills in the real sign-in form (/kirjaudu, with its antiforgery
/// token) when it meets it, and stops at the client's redirect URI, whose URL (code, state) it returns.
/// </summary>
internal sealed class SignInBrowser : IBrowser, IDisposable
{
    private const int MaxHops = 15;
    private readonly HttpClient _http;
    private readonly string _email;
    private readonly string _password;

    public SignInBrowser(Uri baseAddress, string email, string password)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true })
        {
            BaseAddress = baseAddress,
        };
        _email = email;
        _password = password;
    }

    public CookieContainer Cookies { get; }

    /// <summary>The same cookie jar, for looking at the site as this browser's user.</summary>
    public HttpClient Http => _http;

    /// <summary>How many times the sign-in form was filled in.</summary>
    public int SignInsSubmitted { get; private set; }

    /// <summary>Every URL visited, for failure messages.</summary>
    public List<string> Visited { get; } = [];

    public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = new Uri(options.StartUrl);
        for (var hop = 0; hop < MaxHops; hop++)
        {
            Visited.Add(url.ToString());
            if (url.ToString().StartsWith(options.EndUrl, StringComparison.Ordinal))
            {
                return new BrowserResult { ResultType = BrowserResultType.Success, Response = url.ToString() };
            }

            using var response = await _http.GetAsync(url, cancellationToken);
            if (response.Headers.Location is { } location)
            {
                url = new Uri(url, location);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK && await SignInFormAsync(url, html, cancellationToken) is { } next)
            {
                url = next;
                continue;
            }

            return new BrowserResult
            {
                ResultType = BrowserResultType.UnknownError,
                Error = $"{(int)response.StatusCode} at {url} after {string.Join(" -> ", Visited)}",
            };
        }

        return new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = "Too many redirects: " + string.Join(" -> ", Visited) };
    }

    /// <summary>Posts the sign-in form on the page, if there is one, and returns where it redirects.</summary>
    private async Task<Uri?> SignInFormAsync(Uri page, string html, CancellationToken cancellationToken)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken);
        var form = document.QuerySelectorAll("form[method=post]").FirstOrDefault(candidate => candidate.QuerySelector("input[name=Email]") is not null);
        if (form is null)
        {
            return null;
        }

        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Where(input => input.GetAttribute("name") is { Length: > 0 })
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? string.Empty);
        fields["Email"] = _email;
        fields["Password"] = _password;
        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page, target) : page;

        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(action, content, cancellationToken);
        SignInsSubmitted++;
        return response.Headers.Location is { } location
            ? new Uri(action, location)
            : throw new InvalidOperationException($"Signing in as {_email} did not redirect: {(int)response.StatusCode}");
    }

    public void Dispose() => _http.Dispose();
}
