using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// A form as a browser without JavaScript would send it: every named input, checked box, selected option and
/// textarea as rendered, then changed field by field (several values for checkbox groups), sent with the chosen
/// submit button (its <c>formaction</c> and name/value), urlencoded or, with a file, multipart.
/// </summary>
internal sealed class FormPost
{
    private readonly List<KeyValuePair<string, string>> _fields = [];
    private string _action;

    private FormPost(string action) => _action = action;

    public static FormPost From(IDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var post = new FormPost(form.GetAttribute("action") ?? throw new InvalidOperationException("The form has no action."));
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        post._fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("file" or "submit" or "button"):
                    post._fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    post._fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } textarea:
                    post._fields.Add(new(textarea.Name!, textarea.Value));
                    break;
            }
        }

        return post;
    }

    public string? this[string name] => _fields.LastOrDefault(field => field.Key == name).Value;

    /// <summary>Replaces every value of <paramref name="name"/> (none: the field is left out, like an unticked box).</summary>
    public FormPost Set(string name, params string[] values)
    {
        _fields.RemoveAll(field => field.Key == name);
        _fields.AddRange(values.Select(value => new KeyValuePair<string, string>(name, value)));
        return this;
    }

    public FormPost Set(IDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            Set(name, value);
        }

        return this;
    }

    /// <summary>Submits with the button <paramref name="buttonSelector"/> of the page: its formaction and its name/value.</summary>
    public FormPost Using(IDocument page, string buttonSelector)
    {
        var button = page.QuerySelector(buttonSelector) as IHtmlButtonElement
            ?? throw new InvalidOperationException($"No button '{buttonSelector}'.");
        if (button.GetAttribute("formaction") is { Length: > 0 } formAction)
        {
            _action = formAction;
        }

        if (!string.IsNullOrEmpty(button.Name))
        {
            _fields.Add(new(button.Name, button.Value));
        }

        return this;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient client)
    {
        using var content = new FormUrlEncodedContent(_fields);
        return await client.PostAsync(_action, content);
    }

    /// <summary>Sends the same fields somewhere else (as a script would, e.g. to a preview endpoint).</summary>
    public async Task<HttpResponseMessage> SendToAsync(HttpClient client, string url)
    {
        using var content = new FormUrlEncodedContent(_fields);
        return await client.PostAsync(url, content);
    }

    /// <summary>Multipart, with one file; to the form's action or to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> SendWithFileAsync(HttpClient client, string field, string fileName, byte[] bytes, string? url = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in _fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, field, fileName);
        return await client.PostAsync(url ?? _action, content);
    }
}
