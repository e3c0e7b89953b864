using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Pages.Practices.Editor;

/// <summary>
/// Puts the module's field errors (API names such as <c>title</c>, <c>tags[3]</c>, <c>contacts[0].email</c>) into
/// model state under the id of the input they are about, with a message in the reader's language. A key the
/// form has no input for becomes a form-level error.
/// </summary>
public static partial class PracticeFieldErrors
{
    /// <summary>The fields in the order the form shows them, so the error summary reads top to bottom.</summary>
    private static readonly string[] Fields =
    [
        "title", "summary", "needAndGoals", "solution", "resultsAndEvidence", "resourcesAndCosts", "conditionsForAdoption",
        "stage", "evidenceLevel", "language", "audience", "themes", "targetGroups", "tags", "contacts", "links", "awards",
    ];

    public static void Add(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var (apiKey, messages) in errors.OrderBy(error => FormOrder(error.Key)).ThenBy(error => error.Key, StringComparer.Ordinal))
        {
            var (key, message) = Translate(apiKey, messages.FirstOrDefault() ?? string.Empty, localizer);
            if (modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>The input id and the message for one API error key.</summary>
    public static (string Key, string Message) Translate(string apiKey, string fallback, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(localizer);
        // The shared text rules say the same of every field: their own message says it better than the field's.
        var textRule = TextRuleKeys.TryGetValue(fallback, out var textRuleKey) ? Message(localizer, textRuleKey, fallback) : null;
        if (RowField().Match(apiKey) is { Success: true } row)
        {
            var number = (int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.CurrentCulture);
            return (apiKey, textRule ?? Message(localizer, $"Error.{row.Groups["list"].Value}.{row.Groups["field"].Value}", fallback, number));
        }

        var key = ListItem().Replace(apiKey, string.Empty);
        return Fields.Contains(key)
            ? (key, textRule ?? Message(localizer, $"Error.{key}", fallback))
            : (string.Empty, textRule ?? fallback);
    }

    private static readonly Dictionary<string, string> TextRuleKeys = new(StringComparer.Ordinal)
    {
        [TextRules.SingleLineMessage] = "Error.singleLine",
        [TextRules.PrintableMessage] = "Error.printable",
    };

    private static int FormOrder(string apiKey)
    {
        var position = Array.IndexOf(Fields, apiKey.Split('[', '.')[0]);
        return position < 0 ? Fields.Length : position;
    }

    private static string Message(IStringLocalizer localizer, string resourceKey, string fallback, params object[] arguments)
    {
        var text = localizer[resourceKey, arguments];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    [GeneratedRegex(@"^(?<list>contacts|links|awards)\[(?<index>\d{1,3})\]\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();

    [GeneratedRegex(@"\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
