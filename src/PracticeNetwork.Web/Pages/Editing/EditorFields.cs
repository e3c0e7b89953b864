using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>
/// Error plumbing for form inputs: the message for an input id, <c>aria-invalid</c>, and <c>aria-describedby</c>
/// pointing at the input's hints and at its error (<c>{id}-error</c>).
/// </summary>
public static class EditorFields
{
    public static string? Error(ModelStateDictionary state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
    }

    public static string? Invalid(ModelStateDictionary state, string key) => Error(state, key) is null ? null : "true";

    public static string? DescribedBy(ModelStateDictionary state, string key, params string?[] hints)
    {
        var ids = hints.Where(hint => !string.IsNullOrEmpty(hint)).Cast<string>().ToList();
        if (Error(state, key) is not null)
        {
            ids.Add(key + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>The error paragraph of an input (nothing when it has no error).</summary>
    public static IHtmlContent Message(ModelStateDictionary state, string key)
    {
        if (Error(state, key) is not { } error)
        {
            return HtmlString.Empty;
        }

        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<p id=\"{encoder.Encode(key + "-error")}\" class=\"field-error\">{encoder.Encode(error)}</p>");
    }
}

/// <summary>A word diff as one run of HTML (no whitespace of its own, since it is shown with pre-wrap).</summary>
public static class DiffMarkup
{
    public static IHtmlContent Render(IEnumerable<PracticeNetwork.SharedKernel.Text.DiffSegment> segments, string deletedLabel, string insertedLabel, string endLabel)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var encoder = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            var text = encoder.Encode(segment.Text);
            html.Append(segment.Kind switch
            {
                PracticeNetwork.SharedKernel.Text.DiffKind.Deleted =>
                    $"<del><span class=\"visually-hidden\">{encoder.Encode(deletedLabel)} </span>{text}<span class=\"visually-hidden\"> {encoder.Encode(endLabel)}</span></del>",
                PracticeNetwork.SharedKernel.Text.DiffKind.Inserted =>
                    $"<ins><span class=\"visually-hidden\">{encoder.Encode(insertedLabel)} </span>{text}<span class=\"visually-hidden\"> {encoder.Encode(endLabel)}</span></ins>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}
