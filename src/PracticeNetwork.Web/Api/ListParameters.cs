using System.Globalization;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// The one parser of list parameters (filters and paging), for pages and the API alike: values arrive as text, each
/// bad one is recorded under its own parameter name (the API answers them as field errors, a page shows them by the
/// field) and is not applied.
/// </summary>
public sealed class ListParameters
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <summary>An enum member by name (any letter case); numbers and unknown names are errors.</summary>
    public T? Choice<T>(string? text, string field)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = text.Trim();
        if (char.IsLetter(name[0]) && Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        return Fail<T?>(field, $"Use one of: {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public int? Number(string? text, string field, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : Fail<int?>(field, $"Use a whole number from {min} to {max}.");
    }

    public bool Flag(string? text, string field) =>
        string.IsNullOrEmpty(text) ? false : bool.TryParse(text, out var value) ? value : Fail<bool>(field, "Use true or false.");

    /// <summary>Free text to search for (a name), trimmed; null when blank. Longer than <paramref name="maxLength"/> or not one line is an error.</summary>
    public string? Text(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        return value.Length <= maxLength && TextRules.IsSingleLine(value)
            ? value
            : Fail<string?>(field, $"Use at most {maxLength} characters on one line.");
    }

    /// <summary>
    /// The page number, from 1: past the last allowed page a page shows the last allowed one (<paramref name="clamp"/>),
    /// the API says it is out of range.
    /// </summary>
    public int Page(string? text, string field, bool clamp)
    {
        if (clamp && int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Math.Clamp(number, 1, Content.Contracts.Paging.MaxPage);
        }

        return Number(text, field, 1, Content.Contracts.Paging.MaxPage) ?? 1;
    }

    public int PageSize(string? text, string field) =>
        Number(text, field, 1, Content.Contracts.Paging.MaxPageSize) ?? Content.Contracts.Paging.DefaultPageSize;

    /// <summary>
    /// The municipalities that <paramref name="codes"/> and a region narrow the list to (both: those in both); null
    /// when neither is given. Unknown codes are errors and narrow nothing.
    /// </summary>
    public IReadOnlyList<Guid>? Municipalities(
        IEnumerable<string?> codes, string municipalityField, string? regionCode, string regionField, MunicipalityLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(lookup);
        List<Guid>? ids = null;
        var wanted = codes.Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code!.Trim()).ToList();
        var known = wanted.Select(lookup.ByCode).OfType<MunicipalitySummary>().ToList();
        if (known.Count < wanted.Count)
        {
            Fail<bool>(municipalityField, $"No municipality with the code {string.Join(", ", wanted.Where(code => lookup.ByCode(code) is null))}.");
        }

        if (known.Count > 0)
        {
            ids = [.. known.Select(municipality => municipality.Id)];
        }

        if (!string.IsNullOrWhiteSpace(regionCode))
        {
            if (lookup.Region(regionCode) is { } region)
            {
                var inRegion = region.Municipalities.Select(municipality => municipality.Id).ToList();
                ids = ids is null ? inRegion : [.. ids.Intersect(inRegion)];
            }
            else
            {
                Fail<bool>(regionField, $"No region with the code {regionCode.Trim()}.");
            }
        }

        return ids;
    }

    /// <summary>For the API: every bad parameter at once, as field errors.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>(_errors, StringComparer.Ordinal));
        }
    }

    /// <summary>A field error of the module's own, beside those the parsers above find.</summary>
    public void Fail(string field, string message) => _errors[field] = [message];

    private T Fail<T>(string field, string message)
    {
        _errors[field] = [message];
        return default!;
    }
}
