using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Practices.Api;

/// <summary>
/// The list's query string, read as text and checked here so that every bad value comes back as a field error
/// named after its parameter (never a 500, never silently ignored).
/// </summary>
internal sealed class PracticeListParameters
{
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
    public (PracticeFilter Filter, int Page, int PageSize) Parse(MunicipalityLookup municipalities)
    {
        var parameters = new ListParameters();
        var ids = parameters.Municipalities(Municipality ?? [], "municipality", Region, "region", municipalities);
        var theme = parameters.Choice<Theme>(Theme, "theme");
        var stage = parameters.Choice<PracticeStage>(Stage, "stage");
        var sort = parameters.Choice<PracticeSort>(Sort, "sort") ?? PracticeSort.Published;
        var year = parameters.Number(Year, "year", 1900, 2100);
        var includeArchived = parameters.Flag(IncludeArchived, "includeArchived");
        var page = parameters.Page(Page, "page", clamp: false);
        var pageSize = parameters.PageSize(PageSize, "pageSize");
        parameters.ThrowIfInvalid();
        return (new PracticeFilter(ids, theme, stage, year, includeArchived, sort), page, pageSize);
    }
}
