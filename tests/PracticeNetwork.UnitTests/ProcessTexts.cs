using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// The process texts of one language exactly as the resource files hold them, without falling back to Finnish, so
/// that a text missing from the Swedish or English file shows up as missing.
/// </summary>
internal sealed class ProcessTexts(string language) : IStringLocalizer
{
    private static readonly ResourceManager Resources =
        new("PracticeNetwork.Modules.Processes.Resources.ProcessResource", typeof(ProcessResource).Assembly);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language);

    public List<string> Missing { get; } = [];

    public LocalizedString this[string name]
    {
        get
        {
            var value = Resources.GetResourceSet(Culture, createIfNotExists: true, tryParents: false)?.GetString(name);
            if (value is null)
            {
                Missing.Add(name);
            }

            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(Culture, this[name].Value, arguments), this[name].ResourceNotFound);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Resources.GetResourceSet(Culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(entry => new LocalizedString((string)entry.Key, (string)entry.Value!));
}
