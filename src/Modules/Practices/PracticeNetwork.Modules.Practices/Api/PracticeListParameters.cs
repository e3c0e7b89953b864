using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// The list's query string, read as text and checked here so that every bad value comes back as a field error
/// named after its parameter (never a 500, never silently ignored).
/// </summary>
internal sealed class PracticeListParameters
{
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real list, and small enough that the offset (page × size) cannot overflow.</summary>
    public const int MaxPage = 100_000;

    [FromQuery(Name = "municipality")]
    [Description("Official municipality code (three digits); repeat for several.")]
    public string[]? Municipality { get; init; }

    [FromQuery(Name = "region")]
    [Description("Region code (two digits): the practices of its municipalities.")]
    public string? Region { get; init; }

    [FromQuery(Name = "theme")]
    [Description("Only practices with this theme.")]
    [QueryEnum(typeof(Theme))]
    public string? Theme { get; init; }

    [FromQuery(Name = "stage")]
    [Description("Only practices at this stage.")]
    [QueryEnum(typeof(PracticeStage))]
    public string? Stage { get; init; }

    [FromQuery(Name = "year")]
    [Description("Year of first publication.")]
    public string? Year { get; init; }

    [FromQuery(Name = "includeArchived")]
    [Description("true to include archived practices.")]
    public string? IncludeArchived { get; init; }

    [FromQuery(Name = "sort")]
    [Description("Published (newest first, the default), Updated (latest change first) or Title; any letter case.")]
    [QueryEnum(typeof(PracticeSort))]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Items per page, 1–100 (default 20).")]
    public string? PageSize { get; init; }

    /// <summary>The filter, page and page size; throws <see cref="RequestValidationException"/> with every bad parameter.</summary>
    public (PracticeFilter Filter, int Page, int PageSize) Parse(PracticeNetwork.Web.Municipalities.MunicipalityLookup municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var ids = MunicipalityIds(municipalities, errors);
        var theme = EnumValue<Theme>(Theme, "theme", errors);
        var stage = EnumValue<PracticeStage>(Stage, "stage", errors);
        var sort = EnumValue<PracticeSort>(Sort, "sort", errors) ?? PracticeSort.Published;
        var year = Number(Year, "year", 1900, 2100, errors);
        var page = Number(Page, "page", 1, MaxPage, errors) ?? 1;
        var pageSize = Number(PageSize, "pageSize", 1, MaxPageSize, errors) ?? 20;
        var includeArchived = false;
        if (!string.IsNullOrEmpty(IncludeArchived) && !bool.TryParse(IncludeArchived, out includeArchived))
        {
            errors["includeArchived"] = ["Use true or false."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return (new PracticeFilter(ids, theme, stage, year, includeArchived, sort), page, pageSize);
    }

    private List<Guid>? MunicipalityIds(PracticeNetwork.Web.Municipalities.MunicipalityLookup municipalities, Dictionary<string, string[]> errors)
    {
        List<Guid>? ids = null;
        var codes = (Municipality ?? []).Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code.Trim()).ToList();
        if (codes.Count > 0)
        {
            var unknown = codes.Where(code => municipalities.ByCode(code) is null).ToList();
            if (unknown.Count > 0)
            {
                errors["municipality"] = [$"No municipality with the code {string.Join(", ", unknown)}."];
            }

            ids = [.. codes.Select(municipalities.ByCode).OfType<Modules.Tenancy.Contracts.MunicipalitySummary>().Select(municipality => municipality.Id)];
        }

        if (!string.IsNullOrWhiteSpace(Region))
        {
            var inRegion = municipalities.Region(Region)?.Municipalities ?? [];
            if (inRegion.Count == 0)
            {
                errors["region"] = [$"No region with the code {Region.Trim()}."];
            }

            var regionIds = inRegion.Select(municipality => municipality.Id).ToList();
            ids = ids is null ? regionIds : [.. ids.Intersect(regionIds)];
        }

        return ids;
    }

    /// <summary>An enum member by name (any letter case); numbers and unknown names are errors.</summary>
    private static T? EnumValue<T>(string? text, string field, Dictionary<string, string[]> errors)
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

        errors[field] = [$"Use one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }

    private static int? Number(string? text, string field, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [$"Use a whole number from {min} to {max}."];
        return null;
    }
}

/// <summary>Documents a text query parameter as one of <see cref="EnumType"/>'s names in the OpenAPI description.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class QueryEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
