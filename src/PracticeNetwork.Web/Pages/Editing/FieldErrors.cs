using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>
/// Puts a module's field errors (API names such as <c>title</c>, <c>tags[3]</c>, <c>contacts[0].email</c>) into
/// model state under the id of the input they are about, with a message in the reader's language: <c>Error.{field}</c>,
/// or <c>Error.{list}.{field}</c> with the row number for a row of a repeated group, from the first localizer that has
/// it. A key the form has no input for becomes a form-level error.
/// </summary>
/// <param name="fields">The form's fields in the order it shows them, so that the error summary reads top to bottom.</param>
/// <param name="rowLists">The repeated row groups (<c>contacts</c>), whose row fields have inputs of their own.</param>
public sealed partial class FieldErrors(IReadOnlyList<string> fields, IReadOnlyCollection<string> rowLists)
{
    private static readonly Dictionary<string, string> TextRuleKeys = new(StringComparer.Ordinal)
    {
        [TextRules.SingleLineMessage] = "Error.singleLine",
        [TextRules.PrintableMessage] = "Error.printable",
    };

    public void Add(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, params IStringLocalizer[] localizers)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (apiKey, messages) in errors.OrderBy(error => FormOrder(error.Key)).ThenBy(error => error.Key, StringComparer.Ordinal))
        {
            var (key, message) = Translate(apiKey, messages.FirstOrDefault() ?? string.Empty, localizers);
            if (modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>The input id and the message for one API error key.</summary>
    public (string Key, string Message) Translate(string apiKey, string fallback, params IStringLocalizer[] localizers)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(localizers);
        // The shared text rules say the same of every field: their own message says it better than the field's.
        var textRule = TextRuleKeys.TryGetValue(fallback, out var textRuleKey) ? Message(localizers, textRuleKey, fallback) : null;
        if (RowField().Match(apiKey) is { Success: true } row && rowLists.Contains(row.Groups["list"].Value))
        {
            var number = (int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.CurrentCulture);
            return (apiKey, textRule ?? Message(localizers, $"Error.{row.Groups["list"].Value}.{row.Groups["field"].Value}", fallback, number));
        }

        var key = ListItem().Replace(apiKey, string.Empty);
        return fields.Contains(key)
            ? (key, textRule ?? Message(localizers, $"Error.{key}", fallback))
            : (string.Empty, textRule ?? fallback);
    }

    private int FormOrder(string apiKey)
    {
        var name = apiKey.Split('[', '.')[0];
        for (var index = 0; index < fields.Count; index++)
        {
            if (fields[index] == name)
            {
                return index;
            }
        }

        return fields.Count;
    }

    private static string Message(IStringLocalizer[] localizers, string resourceKey, string fallback, params object[] arguments)
    {
        foreach (var localizer in localizers)
        {
            var text = localizer[resourceKey, arguments];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }

        return fallback;
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d{1,3})\]\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowField();

    [GeneratedRegex(@"\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
